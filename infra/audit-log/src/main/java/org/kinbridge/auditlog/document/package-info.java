/**
 * Documents the platform signs for auditors: a case's history as JSON or PDF, with an
 * Ed25519 signature over the exact bytes shown. The verifier checks them with the same
 * public key as the checkpoints, so an exported file can be filed and checked later
 * without the platform.
 */
package org.kinbridge.auditlog.document;
