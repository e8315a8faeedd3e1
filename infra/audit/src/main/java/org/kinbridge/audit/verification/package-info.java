/**
 * Checks a history's decisions against the province log's latest signed checkpoint, with
 * the audit log's own RFC 9162 proof verification. The log is rebuilt from storage for
 * every check, so a leaf or event changed in the database behind the log's back shows.
 */
package org.kinbridge.audit.verification;
