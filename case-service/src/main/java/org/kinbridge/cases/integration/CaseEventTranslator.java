package org.kinbridge.cases.integration;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.kinbridge.cases.alternativecare.api.AlternativeCareEligibilityConfirmed;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedEnded;
import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineMissed;
import org.kinbridge.cases.assessment.api.EmergencyMeasureRecorded;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.SpecificAssessmentRecorded;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.CaseReopened;
import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.integration.CaseLocations.Location;
import org.kinbridge.cases.plan.api.PlanApproved;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineMissed;
import org.kinbridge.cases.plan.api.PlanReturned;
import org.kinbridge.cases.plan.api.PlanReviewed;
import org.kinbridge.cases.plan.api.PlanSubmitted;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.cases.referral.api.ReferralAccepted;
import org.kinbridge.cases.referral.api.ReferralCompleted;
import org.kinbridge.cases.referral.api.ReferralRejected;
import org.kinbridge.cases.referral.api.ReferralResponseOverdue;
import org.kinbridge.cases.referral.api.ReferralRevoked;
import org.kinbridge.cases.referral.api.ReferralSent;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.cases.CaseClosedV1;
import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.contracts.cases.CaseReopenedV1;
import org.kinbridge.contracts.cases.EmergencyMeasureDeadlineMissedV1;
import org.kinbridge.contracts.cases.EmergencyMeasureRecordedV1;
import org.kinbridge.contracts.cases.InitialAssessmentRecordedV1;
import org.kinbridge.contracts.cases.PlanApprovedV1;
import org.kinbridge.contracts.cases.PlanDraftingDeadlineMissedV1;
import org.kinbridge.contracts.cases.PlanReturnedV1;
import org.kinbridge.contracts.cases.PlanReviewedV1;
import org.kinbridge.contracts.cases.PlanSubmittedV1;
import org.kinbridge.contracts.cases.ReferralAcceptedV1;
import org.kinbridge.contracts.cases.ReferralCompletedV1;
import org.kinbridge.contracts.cases.ReferralRejectedV1;
import org.kinbridge.contracts.cases.ReferralResponseOverdueV1;
import org.kinbridge.contracts.cases.ReferralRevokedV1;
import org.kinbridge.contracts.cases.ReferralSentV1;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.contracts.cases.SpecificAssessmentRecordedV1;
import org.kinbridge.platform.kafka.IntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventTranslator;

import org.springframework.stereotype.Component;

/**
 * Maps case events to their public contracts: the report, each step and decision of the
 * case's workflow, the need for alternative care and handovers. Steps whose internal
 * event does not name the case's province and commune are filed where the case was when
 * the step was stored.
 */
@Component
public class CaseEventTranslator implements IntegrationEventTranslator {

	private final CaseLocations locations;

	CaseEventTranslator(CaseLocations locations) {
		this.locations = locations;
	}

	@Override
	public Optional<IntegrationEvent> translate(EventMessage<?> event) {
		Optional<IntegrationEvent> step = step(event);
		if (step.isPresent()) {
			return step;
		}
		if (event.getPayload() instanceof ReportReceived received) {
			return Optional.of(new IntegrationEvent(ReportReceivedV1.TYPE, received.caseId(), received.provinceCode(),
					toPublic(received)));
		}
		if (event.getPayload() instanceof CaseHandedOver handedOver) {
			// Filed under the province that owns the case from now on; the data names
			// both.
			return Optional.of(new IntegrationEvent(CaseHandedOverV1.TYPE, handedOver.caseId(),
					handedOver.toProvinceCode(), toPublic(handedOver)));
		}
		if (event.getPayload() instanceof AlternativeCareEligibilityConfirmed confirmed) {
			return Optional.of(new IntegrationEvent(AlternativeCareNeededV1.TYPE, confirmed.needId(),
					confirmed.provinceCode(), AlternativeCareContracts.needed(confirmed)));
		}
		// A need matching-service never heard of ends without telling it.
		if (event.getPayload() instanceof AlternativeCareNeedEnded ended && ended.announced()) {
			return Optional.of(new IntegrationEvent(AlternativeCareNeedEndedV1.TYPE, ended.needId(),
					ended.provinceCode(), AlternativeCareContracts.ended(ended)));
		}
		return Optional.empty();
	}

	private Optional<IntegrationEvent> step(EventMessage<?> event) {
		Object payload = event.getPayload();
		if (payload instanceof EmergencyMeasureDeadlineMissed missed) {
			return publish(EmergencyMeasureDeadlineMissedV1.TYPE, missed.caseId(), missed.provinceCode(),
					CaseStepContracts.emergencyMeasureMissed(missed));
		}
		if (payload instanceof PlanDraftingDeadlineMissed missed) {
			return publish(PlanDraftingDeadlineMissedV1.TYPE, missed.caseId(), missed.provinceCode(),
					CaseStepContracts.planDraftingMissed(missed));
		}
		if (payload instanceof ReferralSent sent) {
			return publish(ReferralSentV1.TYPE, sent.caseId(), sent.fromProvinceCode(),
					CaseStepContracts.referralSent(sent));
		}
		if (payload instanceof ReferralResponseOverdue overdue) {
			return publish(ReferralResponseOverdueV1.TYPE, overdue.caseId(), overdue.provinceCode(),
					CaseStepContracts.referralOverdue(overdue));
		}
		if (payload instanceof InitialAssessmentRecorded recorded) {
			Location at = locate(event, recorded.caseId());
			return publish(InitialAssessmentRecordedV1.TYPE, recorded.caseId(), at.provinceCode(),
					CaseStepContracts.initialAssessment(recorded, at));
		}
		if (payload instanceof SpecificAssessmentRecorded recorded) {
			Location at = locate(event, recorded.caseId());
			return publish(SpecificAssessmentRecordedV1.TYPE, recorded.caseId(), at.provinceCode(),
					CaseStepContracts.specificAssessment(recorded, at));
		}
		if (payload instanceof EmergencyMeasureRecorded recorded) {
			Location at = locate(event, recorded.caseId());
			return publish(EmergencyMeasureRecordedV1.TYPE, recorded.caseId(), at.provinceCode(),
					CaseStepContracts.emergencyMeasure(recorded, at));
		}
		if (payload instanceof PlanSubmitted submitted) {
			Location at = locate(event, submitted.caseId());
			return publish(PlanSubmittedV1.TYPE, submitted.caseId(), at.provinceCode(),
					CaseStepContracts.planSubmitted(submitted, at));
		}
		if (payload instanceof PlanApproved approved) {
			Location at = locate(event, approved.caseId());
			return publish(PlanApprovedV1.TYPE, approved.caseId(), at.provinceCode(),
					CaseStepContracts.planApproved(approved, at));
		}
		if (payload instanceof PlanReturned returned) {
			Location at = locate(event, returned.caseId());
			return publish(PlanReturnedV1.TYPE, returned.caseId(), at.provinceCode(),
					CaseStepContracts.planReturned(returned, at));
		}
		if (payload instanceof PlanReviewed reviewed) {
			Location at = locate(event, reviewed.caseId());
			return publish(PlanReviewedV1.TYPE, reviewed.caseId(), at.provinceCode(),
					CaseStepContracts.planReviewed(reviewed, at));
		}
		if (payload instanceof ReferralAccepted accepted) {
			Location at = locate(event, accepted.caseId());
			return publish(ReferralAcceptedV1.TYPE, accepted.caseId(), at.provinceCode(),
					CaseStepContracts.referralAccepted(accepted, at));
		}
		if (payload instanceof ReferralRejected rejected) {
			Location at = locate(event, rejected.caseId());
			return publish(ReferralRejectedV1.TYPE, rejected.caseId(), at.provinceCode(),
					CaseStepContracts.referralRejected(rejected, at));
		}
		if (payload instanceof ReferralRevoked revoked) {
			Location at = locate(event, revoked.caseId());
			return publish(ReferralRevokedV1.TYPE, revoked.caseId(), at.provinceCode(),
					CaseStepContracts.referralRevoked(revoked, at));
		}
		if (payload instanceof ReferralCompleted completed) {
			Location at = locate(event, completed.caseId());
			return publish(ReferralCompletedV1.TYPE, completed.caseId(), at.provinceCode(),
					CaseStepContracts.referralCompleted(completed, at));
		}
		if (payload instanceof CaseClosed closed) {
			Location at = locate(event, closed.caseId());
			return publish(CaseClosedV1.TYPE, closed.caseId(), at.provinceCode(),
					CaseStepContracts.caseClosed(closed, at));
		}
		if (payload instanceof CaseReopened reopened) {
			Location at = locate(event, reopened.caseId());
			return publish(CaseReopenedV1.TYPE, reopened.caseId(), at.provinceCode(),
					CaseStepContracts.caseReopened(reopened, at));
		}
		return Optional.empty();
	}

	/**
	 * A stored event knows its place in the case's stream; a message that was never
	 * stored can only be where the case is now.
	 */
	private Location locate(EventMessage<?> event, String caseId) {
		long sequenceNumber = (event instanceof DomainEventMessage<?> stored) ? stored.getSequenceNumber()
				: Long.MAX_VALUE;
		return this.locations.of(caseId, sequenceNumber);
	}

	private static Optional<IntegrationEvent> publish(String type, String caseId, String provinceCode, Object data) {
		return Optional.of(new IntegrationEvent(type, caseId, provinceCode, data));
	}

	/**
	 * The case is handed over when the receiving side accepts, by the officer who sent
	 * the transfer; the referral's purpose is the reason.
	 */
	static CaseHandedOverV1 toPublic(CaseHandedOver handedOver) {
		return new CaseHandedOverV1(handedOver.caseId(), handedOver.fromProvinceCode(), handedOver.fromCommuneCode(),
				handedOver.toProvinceCode(), handedOver.toCommuneCode(), handedOver.reason(), handedOver.legalBasis(),
				handedOver.by().at(), new ActorRef(handedOver.referredBy().userId(), handedOver.referredBy().role()));
	}

	static ReportReceivedV1 toPublic(ReportReceived received) {
		return new ReportReceivedV1(received.caseId(), received.caseNumber(), received.provinceCode(),
				received.communeCode(), received.channel().name(), received.receivedAt(),
				new ActorRef(received.recordedBy(), received.recordedByRole()),
				received.children().stream().map(CaseEventTranslator::toPublic).toList(), received.siblingGroupId());
	}

	/**
	 * The incident place and the disability description are left out: no consumer needs
	 * them.
	 */
	private static ReportReceivedV1.Child toPublic(ReceiveReport.ReportedChild child) {
		ReceiveReport.AdministrativeUnitRef residence = child.residence();
		return new ReportReceivedV1.Child(child.childId(), child.fullName(), child.sex().name(), child.dateOfBirth(),
				child.estimatedAge(), child.ethnicity(), child.religion(), child.language(), child.hasDisability(),
				new ReportReceivedV1.AdministrativeUnit(residence.code(), residence.validOn()),
				child.concerns().stream().map(Concern::name).toList(),
				child.specialCircumstances()
					.stream()
					.map(circumstance -> new ReportReceivedV1.SpecialCircumstance(circumstance.group(),
							circumstance.subGroup()))
					.toList());
	}

}
