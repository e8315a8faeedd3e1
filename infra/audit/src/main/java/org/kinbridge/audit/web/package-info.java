/**
 * The auditors' API under {@code /api/audit}: histories, their verification and signed
 * export, and the province logs' checkpoints, exports and proofs. Only the AUDITOR role
 * reaches it; a province auditor sees their own province, a national one every province.
 */
package org.kinbridge.audit.web;
