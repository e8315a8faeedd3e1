/**
 * Signed checkpoints of the province logs, made every so many appends and at least once
 * an interval, stored and published on the checkpoint topic. The Ed25519 key comes from a
 * PEM secret, never from the database.
 */
package org.kinbridge.audit.checkpoint;
