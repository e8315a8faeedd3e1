package org.kinbridge.platform.kafka;

import java.time.Instant;

/**
 * The CloudEvents envelope of an event read from Kafka, as its handler sees it.
 *
 * @param id unique id, used for de-duplication
 * @param type for example {@code org.kinbridge.family.caregiver-registered.v1}
 * @param source the producing service
 * @param subject the aggregate the event is about
 * @param time when the producer stored it
 * @param province the tenant the event belongs to
 * @param actor the user whose action produced it, if any
 * @param correlationId the request that started the chain
 * @param causationId what caused the event
 */
public record IncomingIntegrationEvent(String id, String type, String source, String subject, Instant time,
		String province, String actor, String correlationId, String causationId) {
}
