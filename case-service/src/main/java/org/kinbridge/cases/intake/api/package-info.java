/**
 * Commands and events of intake. Events are stored for good: their type names and shapes
 * change only through an upcaster.
 */
package org.kinbridge.cases.intake.api;
