package org.kinbridge.platform.kafka;

import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;

/**
 * Maps an internal Axon event to its public form. Internal events never leave the
 * service; an event without a public form returns empty.
 */
@FunctionalInterface
public interface IntegrationEventTranslator {

	Optional<IntegrationEvent> translate(EventMessage<?> event);

}
