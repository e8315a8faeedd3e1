/**
 * The audit component (ADR 0011): it reads the three services' public topics, keeps every
 * event as published and appends the decisions to one Merkle log per province. It
 * publishes signed checkpoints and serves auditors the histories, exports and proofs,
 * from its own database only.
 */
package org.kinbridge.audit;
