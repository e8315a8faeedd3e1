package org.kinbridge.cases.alternativecare;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.kinbridge.cases.alternativecare.api.CareType;
import org.kinbridge.cases.alternativecare.api.PlacementRef;
import org.kinbridge.cases.alternativecare.api.RecordPlacementDecision;
import org.kinbridge.cases.alternativecare.api.RecordPlacementEnd;
import org.kinbridge.cases.alternativecare.api.RecordPlacementProposal;
import org.kinbridge.cases.alternativecare.api.RecordPlacementProposalClosure;
import org.kinbridge.cases.alternativecare.api.RecordPlacementStart;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposalClosedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;
import org.kinbridge.platform.kafka.PoisonEventException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Matching-service's placement events, each turned into a command on the case it names,
 * so that the case's own event stream is the auditable history of its placements. An
 * event that cannot be about a known case of its province is a breach of the contract: it
 * goes to the dead-letter topic at once instead of being retried.
 */
@Configuration(proxyBeanMethods = false)
public class PlacementEventHandlers {

	@Bean
	PlacementEventHandler<PlacementProposedV1> placementProposedHandler(CommandGateway commands) {
		return new PlacementEventHandler<>(PlacementProposedV1.TYPE, PlacementProposedV1.class, commands,
				data -> new Subject(data.caseId(), data.provinceCode()),
				(data, event) -> new RecordPlacementProposal(data.caseId(),
						new PlacementRef(data.placementId(), data.needId(), data.childId(), data.caregiverId()),
						careType(data.careType(), event), data.rank(), data.score(), data.explanation(), event.id(),
						acting(data.proposedBy(), data.provinceCode(), data.communeCode(), data.proposedAt())));
	}

	@Bean
	PlacementEventHandler<PlacementProposalClosedV1> placementProposalClosedHandler(CommandGateway commands) {
		return new PlacementEventHandler<>(PlacementProposalClosedV1.TYPE, PlacementProposalClosedV1.class, commands,
				data -> new Subject(data.caseId(), data.provinceCode()),
				(data, event) -> new RecordPlacementProposalClosure(data.caseId(),
						new PlacementRef(data.placementId(), data.needId(), data.childId(), data.caregiverId()),
						data.outcome(), data.reason(), event.id(),
						acting(data.closedBy(), data.provinceCode(), data.communeCode(), data.closedAt())));
	}

	@Bean
	PlacementEventHandler<PlacementDecidedV1> placementDecidedHandler(CommandGateway commands) {
		return new PlacementEventHandler<>(PlacementDecidedV1.TYPE, PlacementDecidedV1.class, commands,
				data -> new Subject(data.caseId(), data.provinceCode()),
				(data, event) -> new RecordPlacementDecision(data.caseId(),
						new PlacementRef(data.placementId(), data.needId(), data.childId(), data.caregiverId()),
						careType(data.careType(), event), data.decisionNumber(), data.reason(), data.legalBasis(),
						data.handoverDueOn(), event.id(),
						acting(data.decidedBy(), data.provinceCode(), data.communeCode(), data.decidedAt())));
	}

	@Bean
	PlacementEventHandler<PlacementStartedV1> placementStartedHandler(CommandGateway commands) {
		return new PlacementEventHandler<>(PlacementStartedV1.TYPE, PlacementStartedV1.class, commands,
				data -> new Subject(data.caseId(), data.provinceCode()),
				(data, event) -> new RecordPlacementStart(data.caseId(),
						new PlacementRef(data.placementId(), data.needId(), data.childId(), data.caregiverId()),
						careType(data.careType(), event), data.startedOn(), event.id(),
						acting(data.recordedBy(), data.provinceCode(), data.communeCode(), data.recordedAt())));
	}

	@Bean
	PlacementEventHandler<PlacementEndedV1> placementEndedHandler(CommandGateway commands) {
		return new PlacementEventHandler<>(PlacementEndedV1.TYPE, PlacementEndedV1.class, commands,
				data -> new Subject(data.caseId(), data.provinceCode()),
				(data, event) -> new RecordPlacementEnd(data.caseId(),
						new PlacementRef(data.placementId(), data.needId(), data.childId(), data.caregiverId()),
						data.reason(), data.legalBasis(), data.note(), data.endedOn(), event.id(),
						acting(data.recordedBy(), data.provinceCode(), data.communeCode(), data.recordedAt())));
	}

	private static Acting acting(ActorRef actor, String provinceCode, String communeCode, Instant at) {
		return new Acting(actor.userId(), actor.role(), provinceCode, communeCode, at);
	}

	private static CareType careType(String careType, IncomingIntegrationEvent event) {
		try {
			return CareType.valueOf(careType);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new PoisonEventException(
					"Event " + event.id() + " names care type " + careType + ", which is not one of the contract's",
					ex);
		}
	}

	/** What every placement event names: the case and its tenant. */
	record Subject(String caseId, String provinceCode) {
	}

	/**
	 * Hands one type of placement event to the case it names, as a command.
	 *
	 * @param <T> the event's data record
	 */
	static final class PlacementEventHandler<T> implements IntegrationEventHandler<T> {

		private final String type;

		private final Class<T> dataType;

		private final CommandGateway commands;

		private final Function<T, Subject> subject;

		private final BiFunction<T, IncomingIntegrationEvent, Object> command;

		PlacementEventHandler(String type, Class<T> dataType, CommandGateway commands, Function<T, Subject> subject,
				BiFunction<T, IncomingIntegrationEvent, Object> command) {
			this.type = type;
			this.dataType = dataType;
			this.commands = commands;
			this.subject = subject;
			this.command = command;
		}

		@Override
		public String type() {
			return this.type;
		}

		@Override
		public Class<T> dataType() {
			return this.dataType;
		}

		@Override
		public void handle(T data, IncomingIntegrationEvent event) {
			Subject about = this.subject.apply(data);
			if (about.caseId() == null || !event.province().equals(about.provinceCode())) {
				throw new PoisonEventException("Event " + event.id() + " says province " + event.province()
						+ " in its header but " + about.provinceCode() + " in its data, for case " + about.caseId());
			}
			Object recording;
			try {
				recording = this.command.apply(data, event);
			}
			catch (NullPointerException ex) {
				throw new PoisonEventException("Event " + event.id() + " lacks a field its contract requires", ex);
			}
			try {
				this.commands.sendAndWait(recording);
			}
			catch (AggregateNotFoundException ex) {
				throw new PoisonEventException(
						"Event " + event.id() + " names case " + about.caseId() + ", which case-service does not know",
						ex);
			}
			catch (UnexpectedPlacementEvent ex) {
				throw new PoisonEventException(ex.getMessage(), ex);
			}
		}

	}

}
