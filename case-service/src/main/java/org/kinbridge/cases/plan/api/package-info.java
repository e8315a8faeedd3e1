/**
 * Commands and events of the support and intervention plan, from drafting to reviews and
 * revisions. Events are stored for good: their type names and shapes change only through
 * an upcaster.
 */
package org.kinbridge.cases.plan.api;
