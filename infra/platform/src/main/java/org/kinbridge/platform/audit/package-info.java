/**
 * The access log every service keeps of who read which personal record, when, through
 * which endpoint and why, kept apart from the events, which record changes. Auditors
 * query it by province, subject and reader; a read whose record cannot be written fails.
 */
package org.kinbridge.platform.audit;
