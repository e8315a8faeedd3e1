/**
 * The per-province append-only log: decision events become leaves, the leaves go to a
 * small storage interface, and the log answers roots, proofs and signed checkpoints. A
 * MongoDB storage will live in the service that appends; the in-memory one here defines
 * the contract.
 */
package org.kinbridge.auditlog.log;
