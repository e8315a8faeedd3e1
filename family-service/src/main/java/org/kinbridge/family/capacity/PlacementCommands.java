package org.kinbridge.family.capacity;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.family.capacity.api.PlaceOutcome;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.caregiver.api.CaregiverId;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.MessageKeys;
import org.kinbridge.platform.kafka.PoisonEventException;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends the capacity command a placement event asks for, on behalf of the person who
 * acted in matching, and tells apart what a retry can fix from what it never can. An
 * event whose province, caregiver or actor does not hold together is poison and goes to
 * the dead-letter topic at once: retrying would not make another province's caregiver
 * ours. Anything else (the event store refusing a concurrent append, the database away)
 * is thrown again, and the listener retries, so a placement that lost a race for the last
 * place is refused on its next delivery.
 */
@Component
class PlacementCommands {

	private static final Logger log = LoggerFactory.getLogger(PlacementCommands.class);

	private final CommandGateway commands;

	private final Clock clock;

	PlacementCommands(CommandGateway commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	/**
	 * @param dataProvince the province the event's data names
	 * @param actor who acted in matching: the chair who decided, the officer who ended
	 * @param command builds the command from the actor, stamped with this service's clock
	 * @return what the caregiver did with its places
	 */
	PlaceOutcome send(IncomingIntegrationEvent event, String dataProvince, String caregiverId, String placementId,
			ActorRef actor, Function<Acting, Object> command) {
		mustHoldTogether(event, dataProvince, caregiverId, placementId, actor);
		Acting by = new Acting(actor.userId(), actor.role(), dataProvince, null, this.clock.instant());
		Object message = GenericCommandMessage.asCommandMessage(command.apply(by))
			.andMetaData(Map.of(MessageKeys.ACTOR, actor.userId(), MessageKeys.CAUSATION_ID, event.id()));
		try {
			PlaceOutcome outcome = this.commands.sendAndWait(message);
			log.info("{} {}: placement {} with caregiver {} was {}", event.type(), event.id(), placementId, caregiverId,
					outcome);
			return outcome;
		}
		catch (RuntimeException ex) {
			if (isNotFound(ex)) {
				throw new PoisonEventException("Event " + event.id() + " names caregiver " + caregiverId
						+ ", who is not a caregiver of province " + dataProvince, ex);
			}
			throw ex;
		}
	}

	private static void mustHoldTogether(IncomingIntegrationEvent event, String dataProvince, String caregiverId,
			String placementId, ActorRef actor) {
		if (!event.province().equals(dataProvince)) {
			throw new PoisonEventException("Event " + event.id() + " says province " + event.province()
					+ " in its header but " + dataProvince + " in its data");
		}
		if (!CaregiverId.isValid(caregiverId)) {
			throw new PoisonEventException("Event " + event.id() + " names no caregiver id: " + caregiverId);
		}
		if (placementId == null || placementId.isBlank()) {
			throw new PoisonEventException("Event " + event.id() + " names no placement");
		}
		if (actor == null || actor.userId() == null || actor.userId().isBlank() || actor.role() == null) {
			throw new PoisonEventException("Event " + event.id() + " names nobody who acted");
		}
		if (Role.fromClaim(actor.role()).isEmpty()) {
			// The refusal would carry it back to matching, whose contract lists the
			// roles.
			throw new PoisonEventException("Event " + event.id() + " names an unknown role " + actor.role());
		}
	}

	private static boolean isNotFound(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof NotFoundException || cause instanceof AggregateNotFoundException) {
				return true;
			}
		}
		return false;
	}

}
