/**
 * Rebuilding a service's read models from its own event history: an admin endpoint resets
 * a projection's streaming processor so that it clears its collections and reads every
 * stored event again, and reports how far it got and how fast.
 * <p>
 * A replay is platform-wide: it rebuilds the read model of every province at once, and
 * only processors listed as replayable can be replayed (never the Kafka publisher nor a
 * saga, whose handlers act on the world).
 */
package org.kinbridge.platform.replay;
