package org.kinbridge.cases.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.AN;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.BINH;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CASE_ID;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CONFIRMED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.NEED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.chair;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.concat;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.officer;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.readyToConfirm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.alternativecare.AlternativeCareScenarios;
import org.kinbridge.cases.alternativecare.InMemoryCaseFiles;
import org.kinbridge.cases.alternativecare.api.AlternativeCareEligibilityConfirmed;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedEnded;
import org.kinbridge.cases.alternativecare.api.ConfirmEligibility;
import org.kinbridge.cases.alternativecare.api.DossierEvidence;
import org.kinbridge.cases.alternativecare.api.DossierItem;
import org.kinbridge.cases.alternativecare.api.DossierItemRecorded;
import org.kinbridge.cases.alternativecare.api.NeedEndReason;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.platform.kafka.IntegrationEvent;

/**
 * The public forms of the need for alternative care, from the events the case file stores
 * when it runs the commands: valid against their schemas, without a name, an address or a
 * phone, and an ended need told only to a matching-service that knew it.
 */
class AlternativeCareContractsTest {

	private final InMemoryCaseFiles cases = new InMemoryCaseFiles();

	private final CaseEventTranslator translator = new CaseEventTranslator(
			(caseId, sequenceNumber) -> new CaseLocations.Location("91", "30406"));

	@AfterEach
	void stop() {
		this.cases.close();
	}

	@Test
	void theConfirmedNeedIsPublishedValidAgainstItsSchema() {
		IntegrationEvent published = publish(confirm(readyToConfirm(), CONFIRMED));

		assertThat(published.type()).isEqualTo(AlternativeCareNeededV1.TYPE);
		assertThat(published.subject()).isEqualTo(NEED);
		assertThat(published.province()).isEqualTo("91");
		JsonNode data = ContractSchemas.MAPPER.valueToTree(published.data());
		assertThat(ContractSchemas.errors(AlternativeCareNeededV1.TYPE, data)).isEmpty();
		AlternativeCareNeededV1 needed = (AlternativeCareNeededV1) published.data();
		assertThat(needed.child().childId()).isEqualTo(AN);
		assertThat(needed.child().languages()).containsExactly("vi", "km");
		assertThat(needed.siblings()).extracting(AlternativeCareNeededV1.ChildProfile::childId).containsExactly(BINH);
		assertThat(needed.siblings()).allSatisfy(sibling -> assertThat(sibling.caseId()).isEqualTo(CASE_ID));
		assertThat(needed.keepSiblingsTogether()).isTrue();
		assertThat(needed.careTypesSought()).containsExactly("KINSHIP", "EMERGENCY");
		assertThat(needed.eligibility()).isEqualTo(
				new AlternativeCareNeededV1.Eligibility("ORPHANED_OR_ABANDONED", true, "GUARDIAN_CONSENT", true));
		assertThat(needed.relatives()).singleElement()
			.isEqualTo(new AlternativeCareNeededV1.Relative("rel-1", "GRANDPARENT", "91", "30406", null));
		assertThat(needed.decidedBy().role()).isEqualTo("COMMUNE_CHAIR");
		assertThat(needed.decidedAt()).isEqualTo(CONFIRMED);
	}

	@Test
	void noNameAddressPhoneOrConsentDocumentLeavesTheCase() {
		JsonNode data = ContractSchemas.MAPPER.valueToTree(publish(confirm(readyToConfirm(), CONFIRMED)).data());

		assertThat(data.toString()).doesNotContain("Nguyễn Văn An", "Nguyễn Thị Bình", "Lê Thị Sáu", "0918 111 222",
				"Trần Văn Tư", "consent-2026-17", "Khỏe, có nhà riêng", "Em muốn ở với bà nội", "ấp Phú Mỹ",
				"Trần Thị Lan", "0912 345 678");
		assertThat(data.findValues("fullName")).isEmpty();
		assertThat(data.findValues("phone")).isEmpty();
	}

	@Test
	void anEstimatedAgeIsPublishedAsItStandsOnTheDayOfTheDecisionWithinTheContractsRange() {
		// Estimated 17 on 28 November 2026: 18 by the estimate a year later, within 17
		// for
		// the contract.
		Instant ayearOn = Instant.parse("2027-12-01T03:00:00Z");
		LocalDate retaken = LocalDate.of(2027, 11, 30);
		Object[] history = concat(
				new Object[] {
						AlternativeCareScenarios.siblingsReported(IntakeSamples.child(AN, "Nguyễn Văn An", null, 17)),
						AlternativeCareScenarios.assessed(), AlternativeCareScenarios.identified(List.of(AN)) },
				AlternativeCareScenarios.dossier(AN),
				new Object[] { AlternativeCareScenarios.dossierCompleted(), new DossierItemRecorded(CASE_ID, NEED, AN,
						new DossierEvidence(DossierItem.PHOTOS, "photos-2027", retaken, null), null, officer(ayearOn)),
						AlternativeCareScenarios.consented(AN), AlternativeCareScenarios.heard(AN) });

		AlternativeCareNeededV1 needed = (AlternativeCareNeededV1) publish(confirm(history, ayearOn)).data();

		assertThat(needed.child().dateOfBirth()).isNull();
		assertThat(needed.child().estimatedAge()).isEqualTo(17);
		assertThat(needed.siblings()).isEmpty();
		assertThat(ContractSchemas.errors(AlternativeCareNeededV1.TYPE, ContractSchemas.MAPPER.valueToTree(needed)))
			.isEmpty();
	}

	@Test
	void anEndedNeedIsPublishedOnlyWhenMatchingKnewIt() {
		AlternativeCareNeedEnded announced = new AlternativeCareNeedEnded(CASE_ID, NEED, List.of(AN, BINH), "91",
				"30406", NeedEndReason.CASE_CLOSED, null, true, officer(CONFIRMED));

		IntegrationEvent published = this.translator.translate(GenericEventMessage.asEventMessage(announced))
			.orElseThrow();

		assertThat(published.type()).isEqualTo(AlternativeCareNeedEndedV1.TYPE);
		assertThat(published.subject()).isEqualTo(NEED);
		assertThat(ContractSchemas.errors(AlternativeCareNeedEndedV1.TYPE,
				ContractSchemas.MAPPER.valueToTree(published.data())))
			.isEmpty();
		assertThat(((AlternativeCareNeedEndedV1) published.data()).childId()).isEqualTo(AN);
		AlternativeCareNeedEnded unannounced = new AlternativeCareNeedEnded(CASE_ID, NEED, List.of(AN), "91", "30406",
				NeedEndReason.NO_LONGER_NEEDED, null, false, officer(CONFIRMED));
		assertThat(this.translator.translate(GenericEventMessage.asEventMessage(unannounced))).isEmpty();
	}

	@Test
	void theChecklistRelativesAndPlacementsStayInside() {
		for (Object event : readyToConfirm()) {
			// The report and the assessment are steps of the case with public forms of
			// their own.
			if (event.getClass().getPackageName().startsWith("org.kinbridge.cases.alternativecare")) {
				assertThat(this.translator.translate(GenericEventMessage.asEventMessage(event))).as("%s", event)
					.isEmpty();
			}
		}
	}

	private AlternativeCareEligibilityConfirmed confirm(Object[] history, Instant at) {
		this.cases.given(CASE_ID, history);
		this.cases.commands().sendAndWait(new ConfirmEligibility(CASE_ID, NEED, null, chair(at)));
		return this.cases.history(CASE_ID)
			.stream()
			.filter(AlternativeCareEligibilityConfirmed.class::isInstance)
			.map(AlternativeCareEligibilityConfirmed.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private IntegrationEvent publish(Object event) {
		return this.translator.translate(GenericEventMessage.asEventMessage(event)).orElseThrow();
	}

}
