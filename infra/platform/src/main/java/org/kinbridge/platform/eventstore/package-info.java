/**
 * An Axon event storage engine on MongoDB with a global, gap-aware sequence, so that
 * tracking processors never skip an event whose write was delayed. See
 * docs/adr/0002-event-store.md for why the Mongo extension's time-based engine is not
 * used.
 */
package org.kinbridge.platform.eventstore;
