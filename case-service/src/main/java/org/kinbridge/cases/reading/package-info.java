/**
 * Reading cases: caseloads with overdue time limits first, searches by case number and by
 * name without diacritics, and the access log that records every case shown. Auditors
 * query that log to see who read a child's record.
 */
package org.kinbridge.cases.reading;
