/**
 * The per-province Merkle logs of decision events, kept in MongoDB. A unique key on
 * (origin, index) lets only one replica take a log position, so two replicas cannot fork
 * a log.
 */
package org.kinbridge.audit.ledger;
