package org.kinbridge.contracts;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinbridge.contracts.cases.CaseClosedV1;
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
import org.kinbridge.contracts.cases.SpecificAssessmentRecordedV1;
import org.kinbridge.contracts.family.CaregiverFoundIneligibleV1;
import org.kinbridge.contracts.family.RegistrationWithdrawnV1;
import org.kinbridge.contracts.family.VettingCheckRecordedV1;
import org.kinbridge.contracts.matching.CaregiverConsentRecordedV1;
import org.kinbridge.contracts.matching.ChildOpinionRecordedV1;
import org.kinbridge.contracts.matching.HandoverOverdueV1;
import org.kinbridge.contracts.matching.MonitoringReportOverdueV1;
import org.kinbridge.contracts.matching.MonitoringReportRecordedV1;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps and decisions that make a case's and a caregiver's history readable from
 * Kafka alone: each on its service's topic, each naming its province and commune, each
 * step taken by a person naming who and when, and none able to carry a name or a phone.
 */
class DecisionContractsTest {

	private static final List<Class<?>> CASE_STEPS = List.of(InitialAssessmentRecordedV1.class,
			SpecificAssessmentRecordedV1.class, EmergencyMeasureRecordedV1.class, PlanSubmittedV1.class,
			PlanApprovedV1.class, PlanReturnedV1.class, PlanReviewedV1.class, ReferralSentV1.class,
			ReferralAcceptedV1.class, ReferralRejectedV1.class, ReferralRevokedV1.class, ReferralCompletedV1.class,
			CaseClosedV1.class, CaseReopenedV1.class);

	private static final List<Class<?>> CASE_TIME_LIMITS = List.of(EmergencyMeasureDeadlineMissedV1.class,
			PlanDraftingDeadlineMissedV1.class, ReferralResponseOverdueV1.class);

	private static final List<Class<?>> FAMILY_STEPS = List.of(VettingCheckRecordedV1.class,
			CaregiverFoundIneligibleV1.class, RegistrationWithdrawnV1.class);

	private static final List<Class<?>> MATCHING_STEPS = List.of(CaregiverConsentRecordedV1.class,
			ChildOpinionRecordedV1.class, MonitoringReportRecordedV1.class);

	private static final List<Class<?>> MATCHING_TIME_LIMITS = List.of(HandoverOverdueV1.class,
			MonitoringReportOverdueV1.class);

	private static EventType typeOf(Class<?> dataClass) {
		return EventTypes.forDataClass(dataClass).orElseThrow();
	}

	static Stream<Named<EventType>> all() {
		return Stream.of(CASE_STEPS, CASE_TIME_LIMITS, FAMILY_STEPS, MATCHING_STEPS, MATCHING_TIME_LIMITS)
			.flatMap(List::stream)
			.map(DecisionContractsTest::typeOf)
			.map((eventType) -> Named.of(eventType.type(), eventType));
	}

	static Stream<Named<EventType>> takenByAPerson() {
		return Stream.of(CASE_STEPS, FAMILY_STEPS, MATCHING_STEPS)
			.flatMap(List::stream)
			.map(DecisionContractsTest::typeOf)
			.map((eventType) -> Named.of(eventType.type(), eventType));
	}

	@Test
	void eachIsPublishedOnTheTopicOfTheServiceThatOwnsIt() {
		assertThat(Stream.concat(CASE_STEPS.stream(), CASE_TIME_LIMITS.stream()))
			.allSatisfy((dataClass) -> assertThat(typeOf(dataClass).topic()).isEqualTo(Topics.CASE_EVENTS));
		assertThat(FAMILY_STEPS)
			.allSatisfy((dataClass) -> assertThat(typeOf(dataClass).topic()).isEqualTo(Topics.FAMILY_EVENTS));
		assertThat(Stream.concat(MATCHING_STEPS.stream(), MATCHING_TIME_LIMITS.stream()))
			.allSatisfy((dataClass) -> assertThat(typeOf(dataClass).topic()).isEqualTo(Topics.MATCHING_EVENTS));
	}

	@ParameterizedTest
	@MethodSource("all")
	void eachNamesItsProvinceAndCommune(EventType eventType) {
		JsonNode required = ContractJson.schemaTree(eventType).path("required");

		assertThat(required).extracting(JsonNode::asText).contains("provinceCode", "communeCode");
	}

	@ParameterizedTest
	@MethodSource("takenByAPerson")
	void eachStepTakenByAPersonNamesWhoAndWhen(EventType eventType) {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(eventType);
		sample.putNull("recordedBy");

		assertThat(ContractJson.schemaTree(eventType).path("required")).extracting(JsonNode::asText)
			.contains("recordedAt", "recordedBy");
		assertThat(ContractJson.validate(eventType, sample)).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("all")
	void noneCanCarryANameOrAPhoneNumber(EventType eventType) {
		ObjectNode named = (ObjectNode) ContractJson.sampleTree(eventType);
		named.put("childName", "Nguyễn Văn An");
		ObjectNode phoned = (ObjectNode) ContractJson.sampleTree(eventType);
		phoned.put("phone", "0912 345 678");

		assertThat(ContractJson.validate(eventType, named)).isNotEmpty();
		assertThat(ContractJson.validate(eventType, phoned)).isNotEmpty();
	}

	@Test
	void aReferralCannotCarryTheConsentingParentsName() {
		EventType sent = typeOf(ReferralSentV1.class);
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(sent);
		((ObjectNode) sample.path("inputs").path("consent")).put("parentName", "Trần Thị Lan");

		assertThat(ContractJson.validate(sent, sample)).isNotEmpty();
	}

	@Test
	void acceptsAReferralWithoutParentalConsentOnALegalGround() {
		EventType sent = typeOf(ReferralSentV1.class);
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(sent);
		ObjectNode consent = (ObjectNode) sample.path("inputs").path("consent");
		consent.putNull("parentalConsentGivenBy");
		consent.putNull("parentalConsentForm");
		consent.putNull("parentalConsentGivenOn");
		consent.putNull("consentDocumentReference");
		consent.put("overrideGround", "PARENT_IS_ALLEGED_ABUSER");

		assertThat(ContractJson.validate(sent, sample)).isEmpty();
	}

	@Test
	void rejectsASharedItemThatIsNotOnTheList() {
		EventType sent = typeOf(ReferralSentV1.class);
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(sent);
		((ObjectNode) sample.path("inputs")).putArray("sharedItems").add("FULL_CASE_FILE");

		assertThat(ContractJson.validate(sent, sample)).isNotEmpty();
	}

	@Test
	void rejectsAVettingCheckAboutSomeoneNamedInsteadOfTheirPosition() {
		EventType check = typeOf(VettingCheckRecordedV1.class);
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(check);
		sample.put("subject", "Lê Văn Minh");

		assertThat(ContractJson.validate(check, sample)).isNotEmpty();
	}

	@Test
	void acceptsAnOverdueHandoverRaisedByTheTimeLimitWithoutAnActor() {
		EventType overdue = typeOf(HandoverOverdueV1.class);
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(overdue);
		sample.putNull("recordedBy");

		assertThat(ContractJson.validate(overdue, sample)).isEmpty();
	}

	@Test
	void rejectsAPlanStepWithoutTheVersionItWasTakenOn() {
		EventType approved = typeOf(PlanApprovedV1.class);
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(approved);
		((ObjectNode) sample.path("inputs")).put("planVersion", 0);

		assertThat(ContractJson.validate(approved, sample)).isNotEmpty();
	}

}
