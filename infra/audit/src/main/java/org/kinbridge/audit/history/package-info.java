/**
 * The history of a case or a caregiver as an auditor reads it: every public event about
 * it, in order, with who decided, why, on which legal basis and on what inputs. The
 * fields are read from the event data by naming convention, so new event types need no
 * code here.
 */
package org.kinbridge.audit.history;
