package org.kinbridge.matching.placement.integration;

import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposalClosedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.matching.placement.api.HandoverCompleted;
import org.kinbridge.matching.placement.api.PlacementDecided;
import org.kinbridge.matching.placement.api.PlacementEnded;
import org.kinbridge.matching.placement.api.PlacementEvent;
import org.kinbridge.matching.placement.api.PlacementProposed;
import org.kinbridge.matching.placement.api.PlacementRef;
import org.kinbridge.matching.placement.api.ProposalClosed;
import org.kinbridge.platform.kafka.IntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventTranslator;

import org.springframework.stereotype.Component;

/**
 * Maps the placement's steps to their public contracts: proposed, proposal closed,
 * decided, started (the handover) and ended. Consent, the child's opinion and monitoring
 * have no public form.
 */
@Component
public class PlacementEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<IntegrationEvent> translate(EventMessage<?> message) {
		Object payload = message.getPayload();
		if (payload instanceof PlacementProposed event) {
			return publish(event, PlacementProposedV1.TYPE, proposed(event));
		}
		if (payload instanceof ProposalClosed event) {
			return publish(event, PlacementProposalClosedV1.TYPE, closed(event));
		}
		if (payload instanceof PlacementDecided event) {
			return publish(event, PlacementDecidedV1.TYPE, decided(event));
		}
		if (payload instanceof HandoverCompleted event) {
			return publish(event, PlacementStartedV1.TYPE, started(event));
		}
		if (payload instanceof PlacementEnded event) {
			return publish(event, PlacementEndedV1.TYPE, ended(event));
		}
		return Optional.empty();
	}

	private static Optional<IntegrationEvent> publish(PlacementEvent event, String type, Object data) {
		PlacementRef placement = event.placement();
		return Optional.of(new IntegrationEvent(type, placement.placementId(), placement.provinceCode(), data));
	}

	static PlacementProposedV1 proposed(PlacementProposed event) {
		PlacementRef p = event.placement();
		return new PlacementProposedV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), p.careType().name(), event.basis().rank(), event.basis().score(),
				event.basis().explanation(), event.by().at(), actor(event.by()));
	}

	static PlacementProposalClosedV1 closed(ProposalClosed event) {
		PlacementRef p = event.placement();
		return new PlacementProposalClosedV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), event.outcome().name(), event.reason(), event.by().at(),
				actor(event.by()));
	}

	static PlacementDecidedV1 decided(PlacementDecided event) {
		PlacementRef p = event.placement();
		return new PlacementDecidedV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), p.careType().name(), event.decisionNumber(), event.reason(),
				event.legalBasis(), event.handoverDueOn(), event.by().at(), actor(event.by()));
	}

	static PlacementStartedV1 started(HandoverCompleted event) {
		PlacementRef p = event.placement();
		return new PlacementStartedV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), p.careType().name(), event.handedOverOn(), event.by().at(),
				actor(event.by()));
	}

	static PlacementEndedV1 ended(PlacementEnded event) {
		PlacementRef p = event.placement();
		String note = (event.note() == null || event.note().isBlank()) ? null : event.note();
		return new PlacementEndedV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), event.reason().name(), event.legalBasis(), note, event.endedOn(),
				event.by().at(), actor(event.by()));
	}

	private static ActorRef actor(Acting by) {
		return new ActorRef(by.userId(), by.role());
	}

}
