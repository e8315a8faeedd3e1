package org.kinbridge.cases.integration;

import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.kinbridge.cases.alternativecare.api.AlternativeCareEligibilityConfirmed;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedEnded;
import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.platform.kafka.IntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventTranslator;

import org.springframework.stereotype.Component;

/** Maps case events to their public contracts. */
@Component
public class CaseEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<IntegrationEvent> translate(EventMessage<?> event) {
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
