/**
 * Who read what in matching-service: the kinds of record its reads are recorded as, why
 * they were read, and the auditors' view of the province's access log. Every waiting
 * child, caregiver, shortlist and placement shown to a reader is recorded before the
 * answer leaves.
 */
package org.kinbridge.matching.access;
