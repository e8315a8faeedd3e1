/**
 * What operators see of a service: health of Kafka and of the Axon event processors, the
 * OpenAPI description, and the masking of personal data before it reaches a log line.
 * Metrics come from the Prometheus registry and Boot's actuator.
 */
package org.kinbridge.platform.observability;
