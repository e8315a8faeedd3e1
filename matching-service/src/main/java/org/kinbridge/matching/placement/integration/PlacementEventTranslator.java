package org.kinbridge.matching.placement.integration;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.matching.CaregiverConsentRecordedV1;
import org.kinbridge.contracts.matching.ChildOpinionRecordedV1;
import org.kinbridge.contracts.matching.HandoverOverdueV1;
import org.kinbridge.contracts.matching.MonitoringReportOverdueV1;
import org.kinbridge.contracts.matching.MonitoringReportRecordedV1;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposalClosedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.matching.placement.api.CaregiverConsented;
import org.kinbridge.matching.placement.api.ChildConsulted;
import org.kinbridge.matching.placement.api.HandoverCompleted;
import org.kinbridge.matching.placement.api.HandoverOverdue;
import org.kinbridge.matching.placement.api.MonitoringReportOverdue;
import org.kinbridge.matching.placement.api.MonitoringReportRecorded;
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
 * Maps the placement's steps to their public contracts: proposed, the caregiver's
 * consent, the child's opinion, proposal closed, decided, started (the handover),
 * monitoring, missed time limits and ended. What the child said, notes and monitoring
 * summaries stay inside; the history needs only who took which step on what, and when.
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
		if (payload instanceof CaregiverConsented event) {
			return publish(event, CaregiverConsentRecordedV1.TYPE, consented(event));
		}
		if (payload instanceof ChildConsulted event) {
			return publish(event, ChildOpinionRecordedV1.TYPE, consulted(event));
		}
		if (payload instanceof MonitoringReportRecorded event) {
			return publish(event, MonitoringReportRecordedV1.TYPE, monitored(event));
		}
		if (payload instanceof HandoverOverdue event) {
			return publish(event, HandoverOverdueV1.TYPE, handoverOverdue(event));
		}
		if (payload instanceof MonitoringReportOverdue event) {
			return publish(event, MonitoringReportOverdueV1.TYPE, monitoringOverdue(event));
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
				event.by().at(), actor(event.by()), event.anotherFormOfCareNeeded());
	}

	static CaregiverConsentRecordedV1 consented(CaregiverConsented event) {
		PlacementRef p = event.placement();
		return new CaregiverConsentRecordedV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), event.consentedOn(), event.by().at(), actor(event.by()));
	}

	static ChildOpinionRecordedV1 consulted(ChildConsulted event) {
		PlacementRef p = event.placement();
		return new ChildOpinionRecordedV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), event.consultedOn(), event.ageOnThatDay(), event.agrees(),
				event.by().at(), actor(event.by()));
	}

	static MonitoringReportRecordedV1 monitored(MonitoringReportRecorded event) {
		PlacementRef p = event.placement();
		return new MonitoringReportRecordedV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), event.reportedOn(), event.trigger().name(), event.withinTimeLimit(),
				event.nextDueOn(), event.by().at(), actor(event.by()));
	}

	/**
	 * Raised by the time limit itself unless someone recorded the late step first; then
	 * it is theirs, at the moment they recorded it.
	 */
	static HandoverOverdueV1 handoverOverdue(HandoverOverdue event) {
		PlacementRef p = event.placement();
		return new HandoverOverdueV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), event.dueOn(), event.dueAt(), raisedAt(event.by(), event.dueAt()),
				actorOrNull(event.by()));
	}

	static MonitoringReportOverdueV1 monitoringOverdue(MonitoringReportOverdue event) {
		PlacementRef p = event.placement();
		return new MonitoringReportOverdueV1(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), event.dueOn(), event.dueAt(), raisedAt(event.by(), event.dueAt()),
				actorOrNull(event.by()));
	}

	private static Instant raisedAt(Acting by, Instant dueAt) {
		return (by != null) ? by.at() : dueAt;
	}

	private static ActorRef actorOrNull(Acting by) {
		return (by != null) ? actor(by) : null;
	}

	private static ActorRef actor(Acting by) {
		return new ActorRef(by.userId(), by.role());
	}

}
