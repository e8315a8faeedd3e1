/**
 * The Merkle tree of RFC 9162 §2.1 (Certificate Transparency version 2): leaf and node
 * hashing, roots of any earlier size, and the generation and verification of inclusion
 * and consistency proofs. It knows nothing of events or storage, so that the verifier an
 * auditor runs checks proofs with exactly the code the platform used to make them.
 */
package org.kinbridge.auditlog.merkle;
