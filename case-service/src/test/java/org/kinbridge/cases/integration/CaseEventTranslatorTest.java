package org.kinbridge.cases.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.assessment.api.CaseMeeting;
import org.kinbridge.cases.assessment.api.EmergencyMeasureDeadlineMissed;
import org.kinbridge.cases.assessment.api.EmergencyMeasureKind;
import org.kinbridge.cases.assessment.api.EmergencyMeasureRecorded;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.assessment.api.SpecificAssessmentRecorded;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.CaseReopened;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.cases.plan.api.PlanApproved;
import org.kinbridge.cases.plan.api.PlanDrafted;
import org.kinbridge.cases.plan.api.PlanDraftingDeadlineMissed;
import org.kinbridge.cases.plan.api.PlanReturned;
import org.kinbridge.cases.plan.api.PlanReviewed;
import org.kinbridge.cases.plan.api.PlanSubmitted;
import org.kinbridge.cases.plan.api.SupportPlan;
import org.kinbridge.cases.referral.api.AgencyRespondent;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.cases.referral.api.ChildOpinion;
import org.kinbridge.cases.referral.api.ConsentForm;
import org.kinbridge.cases.referral.api.ConsentGiver;
import org.kinbridge.cases.referral.api.ConsentOverride;
import org.kinbridge.cases.referral.api.ConsentRecord;
import org.kinbridge.cases.referral.api.OverrideGround;
import org.kinbridge.cases.referral.api.ParentalConsent;
import org.kinbridge.cases.referral.api.ReferralAccepted;
import org.kinbridge.cases.referral.api.ReferralCompleted;
import org.kinbridge.cases.referral.api.ReferralRejected;
import org.kinbridge.cases.referral.api.ReferralResponseOverdue;
import org.kinbridge.cases.referral.api.ReferralRevoked;
import org.kinbridge.cases.referral.api.ReferralSent;
import org.kinbridge.cases.referral.api.ReferralTarget;
import org.kinbridge.cases.referral.api.ReferralTargetType;
import org.kinbridge.cases.referral.api.SharedItem;
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

/**
 * The public form of a Form 01 report, of each step of the case and of a handover: valid
 * against their schemas, filed where the case was, and without what stays inside.
 */
class CaseEventTranslatorTest {

	private static final JsonMapper MAPPER = ContractSchemas.MAPPER;

	private static final Acting OFFICER = new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406",
			Instant.parse("2026-11-30T02:00:00Z"));

	private static final Acting PROVINCE_OFFICER = new Acting("officer.angiang", "PROVINCE_OFFICER", "91", null,
			Instant.parse("2026-11-30T02:00:00Z"));

	private static final Acting CHAIR = new Acting("chair.phutan", "COMMUNE_CHAIR", "91", "30406",
			Instant.parse("2026-12-05T03:00:00Z"));

	private final CaseEventTranslator translator = new CaseEventTranslator(
			(caseId, sequenceNumber) -> new CaseLocations.Location("91", "30406"));

	@Test
	void aReportAboutSiblingsIsPublishedValidAgainstTheContractSchema() {
		ReportReceived received = siblings();

		IntegrationEvent event = this.translator.translate(GenericEventMessage.asEventMessage(received)).orElseThrow();

		JsonNode data = MAPPER.valueToTree(event.data());
		assertThat(ContractSchemas.errors(ReportReceivedV1.TYPE, data)).isEmpty();
		assertThat(data.at("/children/0/residence/validOn").asText()).isEqualTo(IntakeSamples.RECEIVED_ON.toString());
		assertThat(data.at("/children/1/sex").asText()).isEqualTo("UNKNOWN");
	}

	@Test
	void theReporterTheSummaryTheIncidentPlaceAndDisabilityDetailsStayInside() {
		IntegrationEvent event = this.translator.translate(GenericEventMessage.asEventMessage(siblings()))
			.orElseThrow();

		String published = MAPPER.valueToTree(event.data()).toString();
		assertThat(published).doesNotContain("Trần Thị Lan", "0912 345 678", "Hai em ở nhà một mình", "incidentPlace",
				"Khiếm thính");
		assertThat(((ReportReceivedV1) event.data()).children().get(0).hasDisability()).isTrue();
	}

	@Test
	void aHandoverIsPublishedUnderTheNewOwnersProvinceValidAgainstItsSchema() {
		Acting sender = new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406",
				Instant.parse("2026-11-30T02:00:00Z"));
		Acting receiver = new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740",
				Instant.parse("2026-12-02T03:00:00Z"));
		CaseHandedOver handedOver = new CaseHandedOver("case-1", "referral-1", "91", "30406", "79", "26740",
				"Gia đình chuyển vào TP. Hồ Chí Minh.", "Nghị định 56/2017/NĐ-CP, Điều 10", sender, receiver);

		IntegrationEvent event = this.translator.translate(GenericEventMessage.asEventMessage(handedOver))
			.orElseThrow();

		assertThat(event.type()).isEqualTo(CaseHandedOverV1.TYPE);
		assertThat(event.subject()).isEqualTo("case-1");
		assertThat(event.province()).isEqualTo("79");
		JsonNode data = MAPPER.valueToTree(event.data());
		assertThat(ContractSchemas.errors(CaseHandedOverV1.TYPE, data)).isEmpty();
		assertThat(data.at("/fromProvinceCode").asText()).isEqualTo("91");
		assertThat(data.at("/toCommuneCode").asText()).isEqualTo("26740");
		assertThat(data.at("/handedOverAt").asText()).isEqualTo("2026-12-02T03:00:00Z");
		assertThat(data.at("/handedOverBy/userId").asText()).isEqualTo("officer.phutan");
		assertThat(data.toString()).doesNotContain("referral-1");
	}

	@Test
	void aStepByAProvinceOfficerIsFiledUnderTheCasesCommuneNotTheOfficers() {
		IntegrationEvent event = publish(new InitialAssessmentRecorded("case-1", RiskLevel.HIGH, true,
				"Hai em bị bỏ đói nhiều ngày.", PROVINCE_OFFICER), InitialAssessmentRecordedV1.TYPE);

		InitialAssessmentRecordedV1 data = (InitialAssessmentRecordedV1) event.data();
		assertThat(data.communeCode()).isEqualTo("30406");
		assertThat(data.riskLevel()).isEqualTo("HIGH");
		assertThat(data.seriousHarm()).isTrue();
		assertThat(data.recordedBy().role()).isEqualTo("PROVINCE_OFFICER");
		assertThat(MAPPER.valueToTree(data).toString()).doesNotContain("bỏ đói");
	}

	@Test
	void aStoredStepIsFiledWhereTheCaseWasWhenItWasStored() {
		CaseEventTranslator afterAHandover = new CaseEventTranslator((caseId, sequenceNumber) -> (sequenceNumber < 7)
				? new CaseLocations.Location("91", "30406") : new CaseLocations.Location("79", "26740"));
		CaseReopened reopened = new CaseReopened("case-1", "Có báo cáo mới.", "UNDER_MONITORING", OFFICER);

		IntegrationEvent before = afterAHandover
			.translate(new GenericDomainEventMessage<>("CaseFile", "case-1", 3, reopened))
			.orElseThrow();
		IntegrationEvent after = afterAHandover
			.translate(new GenericDomainEventMessage<>("CaseFile", "case-1", 9, reopened))
			.orElseThrow();

		assertThat(before.province()).isEqualTo("91");
		assertThat(after.province()).isEqualTo("79");
		assertThat(((CaseReopenedV1) after.data()).communeCode()).isEqualTo("26740");
	}

	@Test
	void theSpecificAssessmentNamesItsMeetingButNotWhoTookPart() {
		IntegrationEvent event = publish(new SpecificAssessmentRecorded("case-1", RiskLevel.MEDIUM,
				"Mẹ đi làm xa, bà ngoại già yếu.",
				new CaseMeeting(LocalDate.of(2026, 12, 1),
						List.of(new CaseMeeting.Participant("Lê Thị Mai", "Công an xã"),
								new CaseMeeting.Participant("Trần Văn Bình", "Trưởng ấp")),
						"Cần kế hoạch hỗ trợ."),
				OFFICER), SpecificAssessmentRecordedV1.TYPE);

		JsonNode data = MAPPER.valueToTree(event.data());
		assertThat(data.at("/inputs/meetingHeldOn").asText()).isEqualTo("2026-12-01");
		assertThat(data.at("/inputs/participantCount").asInt()).isEqualTo(2);
		assertThat(data.toString()).doesNotContain("Lê Thị Mai", "Trưởng ấp", "bà ngoại", "Cần kế hoạch");
	}

	@Test
	void anEmergencyMeasureCarriesItsLegalBasisButNotItsDescription() {
		IntegrationEvent event = publish(
				new EmergencyMeasureRecorded("case-1", EmergencyMeasureKind.TEMPORARY_SEPARATION,
						"Đưa hai em về nhà cô ruột.", "Nghị định 56/2017/NĐ-CP, Điều 32", true, OFFICER),
				EmergencyMeasureRecordedV1.TYPE);

		EmergencyMeasureRecordedV1 data = (EmergencyMeasureRecordedV1) event.data();
		assertThat(data.kind()).isEqualTo("TEMPORARY_SEPARATION");
		assertThat(data.legalBasis()).isEqualTo("Nghị định 56/2017/NĐ-CP, Điều 32");
		assertThat(MAPPER.valueToTree(data).toString()).doesNotContain("cô ruột");
	}

	@Test
	void everyStepOfThePlanNamesTheVersionItWasTakenOn() {
		publish(new PlanSubmitted("case-1", 2, OFFICER), PlanSubmittedV1.TYPE);
		publish(new PlanReturned("case-1", 2, "Thiếu hỗ trợ học tập.", CHAIR), PlanReturnedV1.TYPE);
		publish(new PlanReviewed("case-1", 2, LocalDate.of(2027, 3, 1), "Em đi học đều.", LocalDate.of(2027, 6, 1),
				OFFICER), PlanReviewedV1.TYPE);
		IntegrationEvent approved = publish(new PlanApproved("case-1", 2, " ", "Luật Trẻ em 2016, Điều 52", CHAIR),
				PlanApprovedV1.TYPE);

		PlanApprovedV1 data = (PlanApprovedV1) approved.data();
		assertThat(data.inputs().planVersion()).isEqualTo(2);
		assertThat(data.reason()).isNull();
		assertThat(data.recordedBy().role()).isEqualTo("COMMUNE_CHAIR");
	}

	@Test
	void aReferralNamesWhatItSharesAndTheConsentItRestsOnWithoutTheParentsNameOrTheChildsWords() {
		ReferralSent sent = new ReferralSent("case-1", "referral-1", "91", "30406",
				new ReferralTarget(ReferralTargetType.HEALTH, "Bệnh viện Đa khoa An Giang", null, null),
				List.of("child-1"), "Khám thính lực cho em An.", null, List.of(SharedItem.IDENTITY, SharedItem.HEALTH),
				new ConsentRecord(
						new ParentalConsent(ConsentGiver.PARENT, "Trần Thị Lan", LocalDate.of(2026, 11, 29),
								ConsentForm.WRITTEN, "BB-2026-114"),
						List.of(new ChildOpinion("child-1", LocalDate.of(2026, 11, 29), "Em muốn đi khám.", true)),
						null, 7, List.of("child-1")),
				OFFICER);

		IntegrationEvent event = publish(sent, ReferralSentV1.TYPE);

		JsonNode data = MAPPER.valueToTree(event.data());
		assertThat(data.at("/target/type").asText()).isEqualTo("HEALTH");
		assertThat(data.at("/inputs/sharedItems").toString()).isEqualTo("[\"IDENTITY\",\"HEALTH\"]");
		assertThat(data.at("/inputs/consent/parentalConsentForm").asText()).isEqualTo("WRITTEN");
		assertThat(data.at("/inputs/consent/consentDocumentReference").asText()).isEqualTo("BB-2026-114");
		assertThat(data.at("/inputs/consent/childOpinions/0/agrees").asBoolean()).isTrue();
		assertThat(data.at("/legalBasis").isNull()).isTrue();
		assertThat(data.toString()).doesNotContain("Trần Thị Lan", "Em muốn đi khám");
	}

	@Test
	void aReferralWithoutConsentNamesItsLegalGroundButNotWhyOrWhoAuthorisedIt() {
		ReferralSent sent = new ReferralSent("case-1", "referral-2", "91", "30406",
				new ReferralTarget(ReferralTargetType.POLICE, "Công an xã Phú Tân", "91", "30406"), List.of("child-1"),
				"Trình báo hành vi bạo lực.", "Luật Trẻ em 2016, Điều 50", List.of(SharedItem.ASSESSMENT),
				new ConsentRecord(null, List.of(), new ConsentOverride(OverrideGround.PARENT_IS_ALLEGED_ABUSER,
						"Cha là người gây bạo lực.", "Nguyễn Văn Tư, Chủ tịch UBND xã"), 7, List.of("child-1")),
				OFFICER);

		JsonNode data = MAPPER.valueToTree(publish(sent, ReferralSentV1.TYPE).data());

		assertThat(data.at("/inputs/consent/overrideGround").asText()).isEqualTo("PARENT_IS_ALLEGED_ABUSER");
		assertThat(data.at("/inputs/consent/parentalConsentGivenBy").isNull()).isTrue();
		assertThat(data.toString()).doesNotContain("Cha là người", "Nguyễn Văn Tư");
	}

	@Test
	void theAnswersToAReferralNameTheRespondentsPositionButNotTheirName() {
		AgencyRespondent doctor = new AgencyRespondent("Bác sĩ Phạm Văn Hùng", "Trưởng khoa Nhi");
		publish(new ReferralAccepted("case-1", "referral-1", doctor, null, null, OFFICER), ReferralAcceptedV1.TYPE);
		publish(new ReferralRevoked("case-1", "referral-1", "Gia đình đã tự đưa em đi khám.", OFFICER),
				ReferralRevokedV1.TYPE);
		publish(new ReferralCompleted("case-1", "referral-1", "Đã lắp máy trợ thính.", null, OFFICER),
				ReferralCompletedV1.TYPE);
		IntegrationEvent rejected = publish(
				new ReferralRejected("case-1", "referral-1", "Chưa có bác sĩ thính học.", doctor, OFFICER),
				ReferralRejectedV1.TYPE);

		JsonNode data = MAPPER.valueToTree(rejected.data());
		assertThat(data.at("/respondentPosition").asText()).isEqualTo("Trưởng khoa Nhi");
		assertThat(data.at("/reason").asText()).isEqualTo("Chưa có bác sĩ thính học.");
		assertThat(data.toString()).doesNotContain("Phạm Văn Hùng");
	}

	@Test
	void closingAndReopeningCarryTheirReasons() {
		CaseClosedV1 closed = (CaseClosedV1) publish(new CaseClosed("case-1", ClosureReason.MERGED,
				"Trùng với hồ sơ 91-2026-000002.", null, "UNDER_MONITORING", OFFICER), CaseClosedV1.TYPE)
			.data();
		publish(new CaseReopened("case-1", "Có báo cáo mới.", "UNDER_MONITORING", OFFICER), CaseReopenedV1.TYPE);

		assertThat(closed.reason()).isEqualTo("MERGED");
		assertThat(closed.note()).isEqualTo("Trùng với hồ sơ 91-2026-000002.");
		assertThat(closed.legalBasis()).isNull();
		assertThat(closed.closedInState()).isEqualTo("UNDER_MONITORING");
	}

	@Test
	void missedTimeLimitsAreFiledUnderTheCommuneTheyName() {
		Instant received = Instant.parse("2026-11-28T01:30:00Z");
		EmergencyMeasureDeadlineMissedV1 emergency = (EmergencyMeasureDeadlineMissedV1) publish(
				new EmergencyMeasureDeadlineMissed("case-1", "91", "30406", received, received.plusSeconds(12 * 3600)),
				EmergencyMeasureDeadlineMissedV1.TYPE)
			.data();
		publish(new PlanDraftingDeadlineMissed("case-1", "91", "30406", Instant.parse("2026-12-05T10:00:00Z")),
				PlanDraftingDeadlineMissedV1.TYPE);
		publish(new ReferralResponseOverdue("case-1", "referral-1", "91", "30406",
				Instant.parse("2026-12-14T10:00:00Z")), ReferralResponseOverdueV1.TYPE);

		assertThat(emergency.timeLimit().countedFrom()).isEqualTo(received);
		assertThat(emergency.timeLimit().dueAt()).isEqualTo(Instant.parse("2026-11-28T13:30:00Z"));
	}

	@Test
	void draftsAndTheirContentStayInside() {
		assertThat(
				this.translator
					.translate(
							GenericEventMessage.asEventMessage(
									new PlanDrafted("case-1", 1,
											new SupportPlan(List.of("Em đi học lại."), List.of(),
													LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 1)),
											OFFICER))))
			.isEmpty();
	}

	/**
	 * Publishes the event and checks the envelope and the schema of the expected type.
	 */
	private IntegrationEvent publish(Object internal, String type) {
		IntegrationEvent event = this.translator.translate(GenericEventMessage.asEventMessage(internal)).orElseThrow();
		assertThat(event.type()).isEqualTo(type);
		assertThat(event.subject()).isEqualTo("case-1");
		assertThat(event.province()).isEqualTo("91");
		assertThat(ContractSchemas.errors(type, MAPPER.valueToTree(event.data()))).isEmpty();
		return event;
	}

	private static ReportReceived siblings() {
		ReceiveReport.ReportedChild an = IntakeSamples.child("child-1", "Nguyễn Văn An", LocalDate.of(2016, 3, 2),
				null);
		ReceiveReport.ReportedChild withDisability = new ReceiveReport.ReportedChild(an.childId(), an.fullName(),
				an.sex(), an.dateOfBirth(), null, "KINH", "HOA_HAO", "vi", true, "Khiếm thính nhẹ", an.residence(),
				new ReceiveReport.AdministrativeUnitRef("30430", IntakeSamples.RECEIVED_ON), an.concerns(),
				List.of(new ReceiveReport.SpecialCircumstance("NO_ONE_TO_RELY_ON",
						"NO_ONE_TO_RELY_ON.ONE_PARENT_DEAD_OTHER_MISSING")));
		ReceiveReport.ReportedChild unknownSex = new ReceiveReport.ReportedChild("child-2", "Bé Gái", Sex.UNKNOWN, null,
				1, null, null, null, null, null, an.residence(), an.residence(), an.concerns(), List.of());
		return IntakeSamples.receive("case-1", List.of(withDisability, unknownSex)).received();
	}

}
