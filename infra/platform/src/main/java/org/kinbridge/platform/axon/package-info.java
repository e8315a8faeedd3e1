/**
 * Axon Framework on MongoDB for every service: the sequenced event store, the token store
 * and the saga store, with Jackson serialisation and pooled streaming processors. No Axon
 * Server.
 */
package org.kinbridge.platform.axon;
