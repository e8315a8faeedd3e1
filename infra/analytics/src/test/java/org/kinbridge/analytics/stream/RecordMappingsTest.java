package org.kinbridge.analytics.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kinbridge.contracts.EventType;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.cases.CaseClosedV1;
import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.contracts.cases.CaseReopenedV1;
import org.kinbridge.contracts.cases.EmergencyMeasureDeadlineMissedV1;
import org.kinbridge.contracts.cases.EmergencyMeasureRecordedV1;
import org.kinbridge.contracts.cases.ReferralAcceptedV1;
import org.kinbridge.contracts.cases.ReferralRejectedV1;
import org.kinbridge.contracts.cases.ReferralSentV1;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverCapacityChangedV1;
import org.kinbridge.contracts.family.CaregiverFoundIneligibleV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.contracts.family.VettingCheckRecordedV1;
import org.kinbridge.contracts.matching.ChildOpinionRecordedV1;
import org.kinbridge.contracts.matching.HandoverOverdueV1;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;

class RecordMappingsTest {

	@Test
	void everyMappingTakesAnEventTypeOfTheContracts() {
		for (RecordMapping mapping : RecordMappings.all()) {
			assertThat(EventTypes.find(mapping.sourceType())).as(mapping.sourceType()).isPresent();
		}
		assertThat(RecordMappings.all().stream().map(RecordMapping::sourceType).distinct())
			.hasSameSizeAs(RecordMappings.all());
	}

	@Test
	void everyPublicEventTypeOfTheContractsHasAReviewedAllowList() {
		assertThat(AnalyticsTypes.sourceTypes())
			.containsExactlyInAnyOrderElementsOf(EventTypes.all().stream().map(EventType::type).toList());
	}

	@Test
	void anEventTypeWithoutAReviewedAllowListHasNoMappingAndIsSkipped() {
		assertThat(EventTypes.find("org.kinbridge.case.assessment-recorded.v1")).isEmpty();
		assertThat(RecordMappings.forSourceType("org.kinbridge.case.assessment-recorded.v1")).isEmpty();
		assertThat(AnalyticsTypes.sourceTypes()).doesNotContain("org.kinbridge.case.assessment-recorded.v1");
	}

	@TestFactory
	Stream<DynamicTest> theRecordOfEveryMappedSampleMeetsItsOwnSchema() {
		return RecordMappings.all().stream().map(mapping -> DynamicTest.dynamicTest(mapping.sourceType(), () -> {
			EventType type = EventTypes.find(mapping.sourceType()).orElseThrow();
			AnalyticsRecord record = SourceEvents.map(type.type(), SourceEvents.sample(type),
					SourceEvents.envelope(type.type(), "evt-1", "subject-1", "91"));
			assertThat(record.type()).isEqualTo(AnalyticsRecord.typeOf(type.type()));
			assertThat(SourceEvents.validate(record)).as(record.data().toString()).isEmpty();
			assertThat(record.data().get("keyId").asText()).isEqualTo(SourceEvents.PSEUDONYMISER.keyId());
			assertThat(record.data().get("provinceCode").asText()).isEqualTo("91");
		}));
	}

	@Test
	void aReportKeepsPerChildOnlyThePseudonymSexAgeBandAndGroups() {
		AnalyticsRecord record = mapSample(ReportReceivedV1.TYPE);
		JsonNode first = record.data().get("children").get(0);
		assertThat(fieldNames(first)).containsExactlyInAnyOrder("childId", "sex", "ageBand",
				"specialCircumstanceGroups");
		assertThat(first.get("childId").asText())
			.isEqualTo(SourceEvents.PSEUDONYMISER.pseudonym("child", "child-c4a1f0e2-7b3d-4f6a-9e8c-1d2b3a4c5e6f"));
		// Born 2016-03-02, reported 2026-11-28: ten.
		assertThat(first.get("ageBand").asText()).isEqualTo("6-10");
		assertThat(first.get("specialCircumstanceGroups")).hasSize(1);
		assertThat(first.get("specialCircumstanceGroups").get(0).asText()).isEqualTo("NO_ONE_TO_RELY_ON");
		assertThat(record.data().get("children").get(1).get("ageBand").asText()).isEqualTo("6-10");
		assertThat(fieldNames(record.data())).containsExactlyInAnyOrder("keyId", "on", "provinceCode", "caseId",
				"communeCode", "channel", "children", "siblingGroup");
		assertThat(record.data().get("on").asText()).isEqualTo("2026-11-28");
	}

	@Test
	void aNeedKeepsTheChildsBandAndCountsInsteadOfSiblingsAndRelatives() {
		AnalyticsRecord record = mapSample(AlternativeCareNeededV1.TYPE);
		assertThat(fieldNames(record.data())).containsExactlyInAnyOrder("keyId", "on", "provinceCode", "needId",
				"caseId", "communeCode", "child", "siblingCount", "keepSiblingsTogether", "careTypesSought",
				"relativeCount", "eligibility");
		assertThat(fieldNames(record.data().get("child"))).containsExactlyInAnyOrder("childId", "sex", "ageBand",
				"specialCircumstanceGroups");
		assertThat(fieldNames(record.data().get("eligibility"))).containsExactlyInAnyOrder("category",
				"dossierComplete", "consentBasis", "childOpinionObtained");
	}

	@Test
	void aHandoverKeepsBothSidesAtCommuneLevel() {
		AnalyticsRecord record = mapSample(CaseHandedOverV1.TYPE);
		assertThat(fieldNames(record.data())).containsExactlyInAnyOrder("keyId", "on", "provinceCode", "caseId",
				"fromProvinceCode", "fromCommuneCode", "toProvinceCode", "toCommuneCode");
	}

	@Test
	void aCaregiverKeepsAnAgeBandButNoNameBirthDateEthnicityReligionOrLanguages() {
		AnalyticsRecord registered = mapSample(CaregiverRegisteredV1.TYPE);
		assertThat(fieldNames(registered.data())).containsExactlyInAnyOrder("keyId", "on", "provinceCode",
				"caregiverId", "communeCode", "applicant", "careTypes", "capacity");
		assertThat(fieldNames(registered.data().get("applicant"))).containsExactlyInAnyOrder("sex", "ageBand");
		AnalyticsRecord approved = mapSample(CaregiverApprovedV1.TYPE);
		assertThat(fieldNames(approved.data())).containsExactlyInAnyOrder("keyId", "on", "provinceCode", "caregiverId",
				"communeCode", "careTypes", "forNamedChild", "capacity", "freeCapacity", "householdSize");
		AnalyticsRecord capacity = mapSample(CaregiverCapacityChangedV1.TYPE);
		assertThat(capacity.data().has("placementRef")).isFalse();
	}

	@Test
	void placementStepsKeepPseudonymsAndCodesButNoExplanationDecisionNumberReasonOrNote() {
		AnalyticsRecord proposed = mapSample(PlacementProposedV1.TYPE);
		assertThat(fieldNames(proposed.data())).containsExactlyInAnyOrder("keyId", "on", "provinceCode", "placementId",
				"needId", "caseId", "childId", "caregiverId", "communeCode", "careType", "rank", "score");
		AnalyticsRecord decided = mapSample(PlacementDecidedV1.TYPE);
		assertThat(fieldNames(decided.data())).contains("handoverDueOn")
			.doesNotContain("decisionNumber", "reason", "legalBasis");
		AnalyticsRecord ended = mapSample(PlacementEndedV1.TYPE);
		assertThat(ended.data().get("reason").asText()).isEqualTo("RETURNED_TO_PARENTS");
		assertThat(ended.data().get("on").asText()).isEqualTo("2027-08-30");
		assertThat(fieldNames(ended.data())).doesNotContain("note", "legalBasis", "recordedBy");
	}

	@Test
	void letsTheEndedFlagThroughWhenTheProducerSetsIt() {
		EventType type = EventTypes.find(PlacementEndedV1.TYPE).orElseThrow();
		ObjectNode data = SourceEvents.sample(type);
		data.put("anotherFormOfCareNeeded", true);
		AnalyticsRecord record = SourceEvents.map(type.type(), data, envelope(type.type()));
		assertThat(record.data().get("anotherFormOfCareNeeded").asBoolean()).isTrue();
		assertThat(SourceEvents.validate(record)).isEmpty();
	}

	@Test
	void decisionsKeepTheRoleButNotTheUserReasonProseOrLegalBasis() {
		AnalyticsRecord closed = mapSample(CaseClosedV1.TYPE);
		assertThat(fieldNames(closed.data())).containsExactlyInAnyOrder("keyId", "on", "provinceCode", "caseId",
				"communeCode", "reason", "closedInState", "recordedBy");
		assertThat(fieldNames(closed.data().get("recordedBy"))).containsExactly("role");
		assertThat(closed.data().get("recordedBy").get("role").asText()).isEqualTo("COMMUNE_OFFICER");
		assertThat(closed.data().get("on").asText()).isEqualTo("2027-06-01");
		assertThat(fieldNames(mapSample(CaseReopenedV1.TYPE).data())).doesNotContain("reason");
		assertThat(fieldNames(mapSample(EmergencyMeasureRecordedV1.TYPE).data())).contains("kind", "withinTimeLimit")
			.doesNotContain("legalBasis");
		assertThat(fieldNames(mapSample(CaregiverFoundIneligibleV1.TYPE).data())).containsExactlyInAnyOrder("keyId",
				"on", "provinceCode", "caregiverId", "communeCode", "recordedBy");
		assertThat(fieldNames(mapSample(ReferralRejectedV1.TYPE).data())).containsExactlyInAnyOrder("keyId", "on",
				"provinceCode", "caseId", "referralId", "communeCode", "recordedBy");
	}

	@Test
	void aReferralKeepsTheKindOfTargetTheSharedItemsAndTheConsentButNoNameOrDocument() {
		AnalyticsRecord sent = mapSample(ReferralSentV1.TYPE);
		assertThat(fieldNames(sent.data().get("target"))).containsExactlyInAnyOrder("type", "provinceCode");
		JsonNode inputs = sent.data().get("inputs");
		assertThat(inputs.get("childIds").get(0).asText())
			.isEqualTo(SourceEvents.PSEUDONYMISER.pseudonym("child", "child-2d4f6a8c-1b3e-4d5f-8a7c-9e1b3d5f7a9c"));
		assertThat(fieldNames(inputs.get("consent"))).containsExactlyInAnyOrder("parentalConsentGivenBy",
				"parentalConsentForm", "parentalConsentGivenOn", "childOpinionAge", "opinionRequiredOf",
				"childOpinions");
		assertThat(fieldNames(inputs.get("consent").get("childOpinions").get(0))).containsExactlyInAnyOrder("childId",
				"obtainedOn", "agrees");
	}

	@Test
	void aReferralsPseudonymDependsOnItsCaseBecauseItsIdIsUniqueOnlyWithinTheCase() {
		EventType type = EventTypes.find(ReferralAcceptedV1.TYPE).orElseThrow();
		ObjectNode other = SourceEvents.sample(type).put("caseId", "case-other");
		assertThat(SourceEvents.map(type.type(), other, envelope(type.type())).data().get("referralId"))
			.isNotEqualTo(mapSample(ReferralAcceptedV1.TYPE).data().get("referralId"));
	}

	@Test
	void aTimeLimitThatRanOutIsDatedByItsEnvelopeAndKeepsItsDaysOnly() {
		AnalyticsRecord missed = mapSample(EmergencyMeasureDeadlineMissedV1.TYPE);
		// The envelope's time, 2026-11-28T01:30Z, in Vietnam.
		assertThat(missed.data().get("on").asText()).isEqualTo("2026-11-28");
		assertThat(missed.data().get("timeLimit").get("dueOn").asText()).isEqualTo("2026-11-28");
		assertThat(missed.data().get("timeLimit").get("countedFromOn").asText()).isEqualTo("2026-11-28");
	}

	@Test
	void aVettingCheckNamesWhomItIsAboutByRoleInTheHouseholdAndDropsTheEvidence() {
		EventType type = EventTypes.find(VettingCheckRecordedV1.TYPE).orElseThrow();
		AnalyticsRecord applicant = mapSample(VettingCheckRecordedV1.TYPE);
		assertThat(applicant.data().get("subject").asText()).isEqualTo("APPLICANT");
		assertThat(fieldNames(applicant.data())).doesNotContain("inputs", "reason");
		ObjectNode member = SourceEvents.sample(type).put("subject", "member-3");
		assertThat(SourceEvents.map(type.type(), member, envelope(type.type())).data().get("subject").asText())
			.isEqualTo("MEMBER");
		ObjectNode named = SourceEvents.sample(type).put("subject", "Lê Thị Cúc");
		assertThatThrownBy(() -> SourceEvents.map(type.type(), named, envelope(type.type())))
			.isInstanceOf(UnpublishableEventException.class)
			.hasMessage("subject is not a vetted subject");
	}

	@Test
	void aChildsOpinionKeepsWhetherTheChildAgreesAndAnAgeBandNotTheAge() {
		AnalyticsRecord opinion = mapSample(ChildOpinionRecordedV1.TYPE);
		assertThat(opinion.data().get("ageBand").asText()).isEqualTo("6-10");
		assertThat(opinion.data().get("agrees").asBoolean()).isTrue();
		assertThat(fieldNames(opinion.data())).doesNotContain("ageOnThatDay");
	}

	@Test
	void anOverdueHandoverIsDatedTheDayItWasRaised() {
		AnalyticsRecord overdue = mapSample(HandoverOverdueV1.TYPE);
		assertThat(overdue.data().get("on").asText()).isEqualTo("2027-02-26");
		assertThat(overdue.data().get("dueOn").asText()).isEqualTo("2027-02-25");
		assertThat(fieldNames(overdue.data())).doesNotContain("dueAt", "raisedAt");
	}

	@Test
	void refusesACodeFieldThatHoldsProseInsteadOfPublishingIt() {
		EventType type = EventTypes.find(PlacementEndedV1.TYPE).orElseThrow();
		ObjectNode data = SourceEvents.sample(type);
		data.put("reason", "Bà ngoại Lê Thị Cúc đón cháu về");
		assertThatThrownBy(() -> SourceEvents.map(type.type(), data, envelope(type.type())))
			.isInstanceOf(UnpublishableEventException.class)
			.hasMessage("reason holds something that is not a code");
	}

	@Test
	void refusesAPlaceThatIsNotACommuneCode() {
		EventType type = EventTypes.find(PlacementEndedV1.TYPE).orElseThrow();
		ObjectNode data = SourceEvents.sample(type);
		data.put("communeCode", "Ấp Phú Hòa, tổ 3");
		assertThatThrownBy(() -> SourceEvents.map(type.type(), data, envelope(type.type())))
			.isInstanceOf(UnpublishableEventException.class)
			.hasMessageContaining("communeCode is not a five-digit commune code");
	}

	@Test
	void datesTheRecordByTheDayInVietnamNotInUtc() {
		EventType type = EventTypes.find(PlacementProposedV1.TYPE).orElseThrow();
		ObjectNode data = SourceEvents.sample(type);
		data.put("proposedAt", "2026-11-28T18:30:00Z");
		assertThat(SourceEvents.map(type.type(), data, envelope(type.type())).day()).isEqualTo("2026-11-29");
	}

	@Test
	void pseudonymisesTheEventIdAndSubjectSoRedeliveryKeepsTheSameRecordId() {
		EventType type = EventTypes.find(PlacementProposedV1.TYPE).orElseThrow();
		AnalyticsRecord once = SourceEvents.map(type.type(), SourceEvents.sample(type),
				SourceEvents.envelope(type.type(), "evt-9", "pl-9", "91"));
		AnalyticsRecord again = SourceEvents.map(type.type(), SourceEvents.sample(type),
				SourceEvents.envelope(type.type(), "evt-9", "pl-9", "91"));
		assertThat(once.id()).isEqualTo(again.id()).isNotEqualTo("evt-9").matches("[0-9a-f]{32}");
		assertThat(once.subject()).isEqualTo(SourceEvents.PSEUDONYMISER.pseudonym("placement", "pl-9"));
	}

	private static AnalyticsRecord mapSample(String sourceType) {
		EventType type = EventTypes.find(sourceType).orElseThrow();
		return SourceEvents.map(sourceType, SourceEvents.sample(type), envelope(sourceType));
	}

	private static org.kinbridge.platform.kafka.IncomingIntegrationEvent envelope(String type) {
		return SourceEvents.envelope(type, "evt-1", "subject-1", "91");
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new java.util.ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

}
