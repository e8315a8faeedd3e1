/**
 * Commands and events of the initial and specific assessments and of emergency measures.
 * Events are stored for good: their type names and shapes change only through an
 * upcaster.
 */
package org.kinbridge.cases.assessment.api;
