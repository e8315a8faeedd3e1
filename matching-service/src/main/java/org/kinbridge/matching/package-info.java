/**
 * matching-service keeps its own view of children needing alternative care and of
 * caregivers, fed only by Kafka events, ranks candidates and runs the placement process.
 * It publishes {@code kinbridge.matching.events.v1}.
 */
package org.kinbridge.matching;
