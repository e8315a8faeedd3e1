/**
 * Commands and events of the need for alternative care: the need, its eligibility
 * checklist, the child's relatives, the commune's decision, and the placements that
 * matching-service reports. Events are stored for good: their type names and shapes
 * change only through an upcaster.
 */
package org.kinbridge.cases.alternativecare.api;
