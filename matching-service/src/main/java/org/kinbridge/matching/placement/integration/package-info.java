/**
 * The placement process's side of Kafka: its events translated into the public
 * CloudEvents of {@code kinbridge.matching.events.v1}, and family- and case-service
 * events turned into commands for the caregivers' places and the placements. The child's
 * opinion, the officers' notes and the monitoring reports stay inside.
 */
package org.kinbridge.matching.placement.integration;
