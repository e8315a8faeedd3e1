/**
 * The offline verifier an auditor runs: it rebuilds a province's log from exported events
 * and checks it, and proofs of inclusion and consistency, against signed checkpoints with
 * the public key alone. No database, network or platform code runs; the module's shaded
 * jar {@code kinbridge-audit-verify.jar} is all the auditor needs.
 */
package org.kinbridge.auditlog.verify;
