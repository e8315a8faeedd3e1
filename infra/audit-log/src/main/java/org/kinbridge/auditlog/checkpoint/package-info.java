/**
 * Signed checkpoints: a log's origin, size, root and time, signed with Ed25519 in the
 * C2SP signed-note text form, and the PEM key files that go with them. The text form is
 * what leaves the platform, so an auditor can keep it anywhere and check it with the
 * public key alone.
 */
package org.kinbridge.auditlog.checkpoint;
