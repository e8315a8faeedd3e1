/**
 * The event export an auditor takes away: JSON Lines of decision events as published, in
 * log order, each with the position and leaf hash the log recorded. Reading keeps the
 * data bytes exactly as they stand in the file, because those are the bytes the log
 * committed to.
 */
package org.kinbridge.auditlog.export;
