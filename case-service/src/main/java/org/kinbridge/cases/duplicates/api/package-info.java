/**
 * Commands and events of duplicate handling. Events are stored for good: their type names
 * and shapes change only through an upcaster.
 */
package org.kinbridge.cases.duplicates.api;
