package org.kinbridge.matching.placement.integration;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.MessageKeys;
import org.kinbridge.platform.kafka.PoisonEventException;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;

import org.springframework.stereotype.Component;

/**
 * Turns another service's event into a command or a stored event of the placement
 * process, acting as that event's actor, and carrying its id as the cause so that the
 * chain can be followed from one service to the next.
 */
@Component
class InboundCommands {

	private final CommandGateway commands;

	private final EventGateway events;

	private final Clock clock;

	InboundCommands(CommandGateway commands, EventGateway events, Clock clock) {
		this.commands = commands;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The envelope's tenant and the data's must agree, or the event could cross
	 * provinces.
	 */
	static void requireOwnProvince(IncomingIntegrationEvent event, String dataProvince) {
		if (!event.province().equals(dataProvince)) {
			throw new PoisonEventException("Event " + event.id() + " says province " + event.province()
					+ " in its header but " + dataProvince + " in its data");
		}
	}

	/**
	 * The other service's actor works for the event's province; the commune is left out
	 * because the caregiver's commune need not be the child's.
	 */
	Acting actingFor(ActorRef actor, IncomingIntegrationEvent event) {
		return new Acting(actor.userId(), actor.role(), event.province(), null, this.clock.instant());
	}

	/**
	 * An event about something matching does not hold, or holds for another province, can
	 * never be handled: it goes to the dead-letter topic with the reason.
	 */
	void send(Object command, IncomingIntegrationEvent event) {
		try {
			this.commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(causedBy(event)));
		}
		catch (AggregateNotFoundException | OutOfTenantScopeException ex) {
			throw new PoisonEventException("Event " + event.id() + " (" + event.type()
					+ ") names what matching does not hold: " + ex.getMessage(), ex);
		}
	}

	void publish(Object internalEvent, IncomingIntegrationEvent event) {
		this.events.publish(GenericEventMessage.asEventMessage(internalEvent).andMetaData(causedBy(event)));
	}

	private static Map<String, Object> causedBy(IncomingIntegrationEvent event) {
		Map<String, Object> metaData = new HashMap<>();
		metaData.put(MessageKeys.CAUSATION_ID, event.id());
		if (event.correlationId() != null) {
			metaData.put(MessageKeys.CORRELATION_ID, event.correlationId());
		}
		if (event.actor() != null) {
			metaData.put(MessageKeys.ACTOR, event.actor());
		}
		return metaData;
	}

}
