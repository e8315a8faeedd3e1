/**
 * Commands and events of closing and reopening a case. Events are stored for good: their
 * type names and shapes change only through an upcaster.
 */
package org.kinbridge.cases.closure.api;
