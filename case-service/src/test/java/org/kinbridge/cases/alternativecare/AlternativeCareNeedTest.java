package org.kinbridge.cases.alternativecare;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.AN;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.BINH;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CASE_ID;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CHECKED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CONFIRMED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.IDENTIFIED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.LEGAL_BASIS;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.NEED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.REASON;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.assessed;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.chair;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.concat;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.confirmedBy;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.consented;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.dossier;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.dossierCompleted;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.eligible;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.evidence;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.grandmother;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.grandmotherAdded;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.guardianConsent;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.heard;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.identified;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.need;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.officer;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.readyToConfirm;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.recorded;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.siblingsReported;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.alternativecare.api.AddRelative;
import org.kinbridge.cases.alternativecare.api.AlternativeCareCategory;
import org.kinbridge.cases.alternativecare.api.AlternativeCareEligibilityConfirmed;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedEnded;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedIdentified;
import org.kinbridge.cases.alternativecare.api.CareType;
import org.kinbridge.cases.alternativecare.api.ConfirmEligibility;
import org.kinbridge.cases.alternativecare.api.Consent;
import org.kinbridge.cases.alternativecare.api.ConsentBasis;
import org.kinbridge.cases.alternativecare.api.ConsentRecorded;
import org.kinbridge.cases.alternativecare.api.DossierEvidence;
import org.kinbridge.cases.alternativecare.api.DossierItem;
import org.kinbridge.cases.alternativecare.api.DossierItemRecorded;
import org.kinbridge.cases.alternativecare.api.EndAlternativeCareNeed;
import org.kinbridge.cases.alternativecare.api.MatchingProfile;
import org.kinbridge.cases.alternativecare.api.NeedEndReason;
import org.kinbridge.cases.alternativecare.api.NeedStatus;
import org.kinbridge.cases.alternativecare.api.RecordAlternativeCareNeed;
import org.kinbridge.cases.alternativecare.api.RecordChildOpinion;
import org.kinbridge.cases.alternativecare.api.RecordConsent;
import org.kinbridge.cases.alternativecare.api.RecordDossierItem;
import org.kinbridge.cases.alternativecare.api.RelativeDetails;
import org.kinbridge.cases.alternativecare.api.RelativeUpdated;
import org.kinbridge.cases.alternativecare.api.UpdateRelative;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.CloseCase;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.duplicates.api.CaseMergedInto;
import org.kinbridge.cases.duplicates.api.MergeCaseInto;
import org.kinbridge.cases.duplicates.api.PossibleDuplicateFlagged;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.NotFoundException;
import org.kinbridge.platform.web.Problems.FieldError;

/**
 * The need for alternative care (Circular 14/2020 Art. 5): who is in it, its checklist,
 * the commune's confirmation and its end, and the states that refuse each step.
 */
class AlternativeCareNeedTest {

	private final AggregateTestFixture<CaseFile> fixture = AlternativeCareScenarios.fixture();

	@Test
	void identifiesThatSiblingsNeedAlternativeCareTogetherOnceTheRiskWasAssessed() {
		this.fixture.given(siblingsReported(), assessed())
			.when(need(List.of(AN, BINH), true, null, officer(IDENTIFIED)))
			.expectEvents(identified(List.of(AN, BINH)))
			.expectResultMessagePayload(NeedStatus.IDENTIFIED);
	}

	@Test
	void aNeedIsIdentifiedOnlyAfterTheInitialAssessment() {
		this.fixture.given(siblingsReported())
			.when(need(List.of(AN, BINH), true, null, officer(IDENTIFIED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The case is REPORT_RECEIVED"));
	}

	@Test
	void leavingABrotherOrSisterOutOfTheNeedNeedsAReason() {
		this.fixture.given(siblingsReported(), assessed())
			.when(need(List.of(AN), true, null, officer(IDENTIFIED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("splitReason"))
			.expectNoEvents();
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed())
			.when(need(List.of(AN), true, "Bình ở với dì ruột, an toàn.", officer(IDENTIFIED)))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayload(NeedStatus.IDENTIFIED);
	}

	@Test
	void placingSiblingsApartNeedsAReason() {
		this.fixture.given(siblingsReported(), assessed())
			.when(need(List.of(AN, BINH), false, " ", officer(IDENTIFIED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("placed apart"));
	}

	@Test
	void aNeedIsOnlyForChildrenOfTheCaseAndEachOnce() {
		this.fixture.given(siblingsReported(), assessed())
			.when(need(List.of(AN, "child-9"), true, null, officer(IDENTIFIED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("childIds[1]: is not a child of this case"));
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed())
			.when(need(List.of(AN, BINH, AN), true, null, officer(IDENTIFIED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("childIds[2]"));
	}

	@Test
	void aChildHasOneOpenNeedAtATime() {
		RecordAlternativeCareNeed again = new RecordAlternativeCareNeed(CASE_ID, "need-2", List.of(BINH), true,
				"An đã có nhu cầu riêng.", AlternativeCareCategory.ORPHANED_OR_ABANDONED, REASON, LEGAL_BASIS, false,
				null, List.of(CareType.KINSHIP), List.of(), officer(CHECKED));
		this.fixture.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(again)
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("already has need need-1, which is IDENTIFIED"));
	}

	@Test
	void aChildInAFacilityNeedsTheApprovalOfTheFacilitysList() {
		RecordAlternativeCareNeed inFacility = new RecordAlternativeCareNeed(CASE_ID, NEED, List.of(AN, BINH), true,
				null, AlternativeCareCategory.ORPHANED_OR_ABANDONED, REASON, LEGAL_BASIS, true, null,
				List.of(CareType.NON_RELATIVE), List.of(), officer(IDENTIFIED));
		this.fixture.given(siblingsReported(), assessed())
			.when(inFacility)
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("facilityListApprovalRef"));
	}

	@Test
	void theMatchingProfileAddsOnlyToChildrenOfTheNeed() {
		RecordAlternativeCareNeed stray = new RecordAlternativeCareNeed(CASE_ID, NEED, List.of(AN), true, "Bình ổn.",
				AlternativeCareCategory.ORPHANED_OR_ABANDONED, REASON, LEGAL_BASIS, false, null,
				List.of(CareType.KINSHIP), List.of(new MatchingProfile(BINH, List.of("km"), List.of())),
				officer(IDENTIFIED));
		this.fixture.given(siblingsReported(), assessed())
			.when(stray)
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("profiles[0].childId"));
	}

	@Test
	void theDocumentThatCompletesEveryChildsDossierCompletesTheNeedsDossier() {
		Object[] almost = concat(new Object[] { siblingsReported(), assessed(), identified(List.of(AN, BINH)) },
				dossier(AN), new Object[] { recorded(BINH, DossierItem.BIRTH_CERTIFICATE_OR_ID),
						recorded(BINH, DossierItem.HEALTH_RECORD), recorded(BINH, DossierItem.PHOTOS) });
		this.fixture.given(almost)
			.when(new RecordDossierItem(CASE_ID, NEED, BINH, evidence(DossierItem.ASSESSMENT_FORM_10), null,
					officer(CHECKED)))
			.expectEvents(recorded(BINH, DossierItem.ASSESSMENT_FORM_10), dossierCompleted())
			.expectResultMessagePayload(NeedStatus.DOSSIER_COMPLETE);
	}

	@Test
	void aChildWithoutABirthCertificateIsRecordedWithTheReasonButOtherDocumentsAreNeeded() {
		DossierEvidence none = new DossierEvidence(DossierItem.BIRTH_CERTIFICATE_OR_ID, null, null,
				"Trẻ bị bỏ rơi, chưa được đăng ký khai sinh.");
		this.fixture.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(new RecordDossierItem(CASE_ID, NEED, AN, none, null, officer(CHECKED)))
			.expectEvents(new DossierItemRecorded(CASE_ID, NEED, AN, none, null, officer(CHECKED)));
		DossierEvidence noHealthRecord = new DossierEvidence(DossierItem.HEALTH_RECORD, null, null, "Không có.");
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(new RecordDossierItem(CASE_ID, NEED, AN, noHealthRecord, null, officer(CHECKED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("only a birth certificate"));
	}

	@Test
	void photosAreDatedAndCannotBeTakenAfterToday() {
		DossierEvidence undated = new DossierEvidence(DossierItem.PHOTOS, "photos-ref", null, null);
		this.fixture.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(new RecordDossierItem(CASE_ID, NEED, AN, undated, null, officer(CHECKED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("takenOn"));
		DossierEvidence tomorrow = new DossierEvidence(DossierItem.PHOTOS, "photos-ref", LocalDate.of(2026, 12, 4),
				null);
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(new RecordDossierItem(CASE_ID, NEED, AN, tomorrow, null, officer(CHECKED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("after today"));
	}

	@Test
	void consentNamesWhoGaveItAndTheWrittenConsentOrTheLegalGround() {
		Consent unsigned = new Consent(ConsentBasis.PARENT_CONSENT, "Nguyễn Văn Ba", "cha", null, null);
		this.fixture.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(new RecordConsent(CASE_ID, NEED, AN, unsigned, null, officer(CHECKED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("documentRef"));
		Consent exception = new Consent(ConsentBasis.LEGAL_EXCEPTION, null, null, null,
				"Luật Trẻ em 2016, Điều 62 khoản 1: trẻ em bị bỏ rơi");
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(new RecordConsent(CASE_ID, NEED, AN, exception, null, officer(CHECKED)))
			.expectEvents(new ConsentRecorded(CASE_ID, NEED, AN, exception, null, officer(CHECKED)));
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(new RecordConsent(CASE_ID, NEED, AN,
					new Consent(ConsentBasis.LEGAL_EXCEPTION, null, null, null, null), null, officer(CHECKED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("legalGround"));
	}

	@Test
	void theChecklistIsRecordedOnlyForChildrenOfTheNeed() {
		this.fixture
			.given(siblingsReported(), assessed(),
					new AlternativeCareNeedIdentified(CASE_ID, NEED, List.of(AN), true, "Bình ổn.",
							AlternativeCareCategory.ORPHANED_OR_ABANDONED, REASON, LEGAL_BASIS, false, null,
							List.of(CareType.KINSHIP), List.of(), officer(IDENTIFIED)))
			.when(new RecordConsent(CASE_ID, NEED, BINH, guardianConsent(), null, officer(CHECKED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("childId: is not a child of need need-1"));
	}

	@Test
	void aNeedThatDoesNotExistIsNotFound() {
		this.fixture.given(siblingsReported(), assessed())
			.when(new ConfirmEligibility(CASE_ID, "need-404", null, chair(CONFIRMED)))
			.expectException(NotFoundException.class);
	}

	@Test
	void confirmsEligibilityWithTheMatchingProfileOnceEveryItemIsMet() {
		this.fixture.given(readyToConfirm())
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectEvents(confirmedBy(chair(CONFIRMED)))
			.expectResultMessagePayload(NeedStatus.ELIGIBLE);
	}

	@Test
	void aProvinceOfficerMayConfirmButNotAnotherProvinceOrCommune() {
		this.fixture.given(readyToConfirm())
			.when(new ConfirmEligibility(CASE_ID, NEED, null, CaseFileScenarios.provinceOfficer(CONFIRMED)))
			.expectSuccessfulHandlerExecution();
		AlternativeCareScenarios.fixture()
			.given(readyToConfirm())
			.when(new ConfirmEligibility(CASE_ID, NEED, null, CaseFileScenarios.officerOfAnotherProvince(CONFIRMED)))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
		AlternativeCareScenarios.fixture()
			.given(readyToConfirm())
			.when(new ConfirmEligibility(CASE_ID, NEED, null, CaseFileScenarios.officerOfAnotherCommune(CONFIRMED)))
			.expectException(OutOfTenantScopeException.class);
	}

	@Test
	void everyCommandOnAnotherProvincesCaseIsRefusedBeforeAnyStateIsRevealed() {
		Acting saigon = CaseFileScenarios.officerOfAnotherProvince(CHECKED);
		List<Object> commands = List.of(need(List.of(AN, BINH), true, null, saigon),
				new RecordDossierItem(CASE_ID, "need-404", AN, evidence(DossierItem.HEALTH_RECORD), null, saigon),
				new RecordConsent(CASE_ID, NEED, AN, guardianConsent(), null, saigon),
				new RecordChildOpinion(CASE_ID, NEED, AN, heard(AN).opinion(), null, saigon),
				new ConfirmEligibility(CASE_ID, NEED, null, saigon),
				new EndAlternativeCareNeed(CASE_ID, NEED, NeedEndReason.NO_LONGER_NEEDED, null, saigon),
				new AddRelative(CASE_ID, "rel-2", grandmother(), saigon),
				new UpdateRelative(CASE_ID, "rel-1", grandmother(), saigon));
		for (Object command : commands) {
			AlternativeCareScenarios.fixture()
				.given(eligible())
				.when(command)
				.expectException(OutOfTenantScopeException.class)
				.expectNoEvents();
		}
	}

	@Test
	void anIncompleteChecklistIsRefusedWithEveryUnmetItem() {
		this.fixture
			.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)),
					recorded(AN, DossierItem.HEALTH_RECORD), consented(BINH))
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectException(unmet("children[child-1].birthCertificateOrId", "children[child-1].photos",
					"children[child-1].assessmentForm10", "children[child-1].consent", "children[child-1].childOpinion",
					"children[child-2].birthCertificateOrId", "children[child-2].healthRecord",
					"children[child-2].photos", "children[child-2].assessmentForm10"))
			.expectNoEvents();
	}

	@Test
	void photosOlderThanSixMonthsOnTheDayOfConfirmationAreUnmet() {
		Object[] oldPhotos = concat(readyToConfirm(),
				new Object[] { new DossierItemRecorded(CASE_ID, NEED, BINH,
						new DossierEvidence(DossierItem.PHOTOS, "photos-old", LocalDate.of(2026, 6, 4), null), null,
						officer(CHECKED)) });
		this.fixture.given(oldPhotos)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectException(unmet("children[child-2].photos"))
			.expectExceptionMessage(containsString("children[child-2].photos"));
		Object[] sixMonthsToTheDay = concat(readyToConfirm(),
				new Object[] { new DossierItemRecorded(CASE_ID, NEED, BINH,
						new DossierEvidence(DossierItem.PHOTOS, "photos-old", LocalDate.of(2026, 6, 5), null), null,
						officer(CHECKED)) });
		AlternativeCareScenarios.fixture()
			.given(sixMonthsToTheDay)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void aProvinceMayAskForMoreRecentPhotos() {
		Object[] twoMonthsOld = concat(readyToConfirm(),
				new Object[] { new DossierItemRecorded(CASE_ID, NEED, AN,
						new DossierEvidence(DossierItem.PHOTOS, "photos", LocalDate.of(2026, 10, 1), null), null,
						officer(CHECKED)) });
		AlternativeCareScenarios.fixture(Map.of("91", new AlternativeCareProperties.ProvinceSettings(1, null)))
			.given(twoMonthsOld)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectException(unmet("children[child-1].photos"));
	}

	@Test
	void aChildOfSevenOrOlderOnTheDayOfConfirmationMustHaveBeenHeard() {
		Object[] notHeard = concat(new Object[] { siblingsReported(), assessed(), identified(List.of(AN, BINH)) },
				dossier(AN), dossier(BINH), new Object[] { dossierCompleted(), consented(AN), consented(BINH) });
		this.fixture.given(notHeard)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectException(unmet("children[child-1].childOpinion"))
			.expectExceptionMessage(containsString("children[child-1].childOpinion"));
	}

	@Test
	void aChildWhoTurnsSevenBeforeTheConfirmationMustBeHeardToo() {
		// Born 4 December 2019: six when the need was identified, seven on 5 December
		// 2026.
		Object[] sixAtIdentification = concat(
				new Object[] { AlternativeCareScenarios.oneChildReported(LocalDate.of(2019, 12, 4), null), assessed(),
						identified(List.of(AN)) },
				dossier(AN), new Object[] { dossierCompleted(), consented(AN) });
		this.fixture.given(sixAtIdentification)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectException(unmet("children[child-1].childOpinion"));
		Object[] stillSix = concat(
				new Object[] { AlternativeCareScenarios.oneChildReported(LocalDate.of(2019, 12, 6), null), assessed(),
						identified(List.of(AN)) },
				dossier(AN), new Object[] { dossierCompleted(), consented(AN) });
		AlternativeCareScenarios.fixture()
			.given(stillSix)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectEventsMatching(payloadsMatching(exactSequenceOf(
					new CustomTypeSafeMatcher<AlternativeCareEligibilityConfirmed>("a confirmation without opinion") {
						@Override
						protected boolean matchesSafely(AlternativeCareEligibilityConfirmed confirmed) {
							return confirmed.childOpinionObtained() == null;
						}
					}, andNoMore())));
	}

	@Test
	void anEstimatedAgeGrowsByTheYearsSinceTheReport() {
		// Estimated 6 on 28 November 2026, so 7 on 28 November 2027.
		Instant ayearOn = Instant.parse("2027-12-01T03:00:00Z");
		Object[] estimated = concat(new Object[] { AlternativeCareScenarios.oneChildReported(null, 6), assessed(),
				identified(List.of(AN)) }, dossier(AN), new Object[] { dossierCompleted(), consented(AN) });
		this.fixture.given(estimated)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(ayearOn)))
			.expectException(unmet("children[child-1].photos", "children[child-1].childOpinion"));
	}

	@Test
	void aChildOfUnknownAgeCountsAsSevenOrOlder() {
		Object[] unknownAge = concat(new Object[] { AlternativeCareScenarios.oneChildReported(null, null), assessed(),
				identified(List.of(AN)) }, dossier(AN), new Object[] { dossierCompleted(), consented(AN) });
		this.fixture.given(unknownAge)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectException(unmet("children[child-1].childOpinion"))
			.expectExceptionMessage(containsString("children[child-1].childOpinion"));
	}

	@Test
	void aProvinceMayHearYoungerChildren() {
		Object[] binhNotHeard = readyToConfirm();
		AlternativeCareScenarios.fixture(Map.of("91", new AlternativeCareProperties.ProvinceSettings(null, 5)))
			.given(binhNotHeard)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectException(unmet("children[child-2].childOpinion"));
	}

	@Test
	void aConfirmedNeedIsNotConfirmedAgain() {
		this.fixture.given(eligible())
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The need is ELIGIBLE"));
	}

	@Test
	void aConfirmedNeedsChecklistChangesOnlyAsACorrectionWithItsReason() {
		DossierEvidence newPhotos = new DossierEvidence(DossierItem.PHOTOS, "photos-2", LocalDate.of(2026, 12, 5),
				null);
		this.fixture.given(eligible())
			.when(new RecordDossierItem(CASE_ID, NEED, AN, newPhotos, null, officer(CONFIRMED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("only as a correction"));
		AlternativeCareScenarios.fixture()
			.given(eligible())
			.when(new RecordDossierItem(CASE_ID, NEED, AN, newPhotos, "Ảnh cũ bị nhầm với ảnh của em khác.",
					officer(CONFIRMED)))
			.expectEvents(new DossierItemRecorded(CASE_ID, NEED, AN, newPhotos, "Ảnh cũ bị nhầm với ảnh của em khác.",
					officer(CONFIRMED)))
			.expectResultMessagePayload(NeedStatus.ELIGIBLE);
	}

	@Test
	void endsANeedWithAReasonAndTellsMatchingOnlyOfANeedItKnew() {
		this.fixture.given(eligible())
			.when(new EndAlternativeCareNeed(CASE_ID, NEED, NeedEndReason.RETURNED_TO_FAMILY, "Mẹ đã về.",
					officer(CONFIRMED)))
			.expectEvents(new AlternativeCareNeedEnded(CASE_ID, NEED, List.of(AN, BINH), "91", "30406",
					NeedEndReason.RETURNED_TO_FAMILY, "Mẹ đã về.", true, officer(CONFIRMED)))
			.expectResultMessagePayload(NeedStatus.ENDED);
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed(), identified(List.of(AN, BINH)))
			.when(new EndAlternativeCareNeed(CASE_ID, NEED, NeedEndReason.NO_LONGER_NEEDED, null, officer(CHECKED)))
			.expectEvents(new AlternativeCareNeedEnded(CASE_ID, NEED, List.of(AN, BINH), "91", "30406",
					NeedEndReason.NO_LONGER_NEEDED, null, false, officer(CHECKED)));
	}

	@Test
	void anOtherReasonIsStatedAndCaseClosedIsLeftToClosingTheCase() {
		this.fixture.given(eligible())
			.when(new EndAlternativeCareNeed(CASE_ID, NEED, NeedEndReason.OTHER, null, officer(CONFIRMED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("note"));
		AlternativeCareScenarios.fixture()
			.given(eligible())
			.when(new EndAlternativeCareNeed(CASE_ID, NEED, NeedEndReason.CASE_CLOSED, null, officer(CONFIRMED)))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("closing the case"));
	}

	@Test
	void anEndedNeedIsNotConfirmedEndedOrChangedAgain() {
		Object[] ended = concat(readyToConfirm(), new Object[] { new AlternativeCareNeedEnded(CASE_ID, NEED,
				List.of(AN, BINH), "91", "30406", NeedEndReason.NO_LONGER_NEEDED, null, false, officer(CHECKED)) });
		this.fixture.given(ended)
			.when(new ConfirmEligibility(CASE_ID, NEED, null, chair(CONFIRMED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The need is ENDED"));
		AlternativeCareScenarios.fixture()
			.given(ended)
			.when(new EndAlternativeCareNeed(CASE_ID, NEED, NeedEndReason.ADOPTED, null, officer(CONFIRMED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The need is ENDED"));
		AlternativeCareScenarios.fixture()
			.given(ended)
			.when(new RecordConsent(CASE_ID, NEED, AN, guardianConsent(), "Sửa.", officer(CONFIRMED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The need is ENDED"));
	}

	@Test
	void aChildWhoseNeedEndedMayHaveANewOne() {
		Object[] ended = concat(readyToConfirm(), new Object[] { new AlternativeCareNeedEnded(CASE_ID, NEED,
				List.of(AN, BINH), "91", "30406", NeedEndReason.NO_LONGER_NEEDED, null, false, officer(CHECKED)) });
		this.fixture.given(ended)
			.when(new RecordAlternativeCareNeed(CASE_ID, "need-2", List.of(AN, BINH), true, null,
					AlternativeCareCategory.PARENTS_UNABLE_TO_CARE, REASON, LEGAL_BASIS, false, null,
					List.of(CareType.KINSHIP), List.of(), officer(CONFIRMED)))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void closingTheCaseEndsItsOpenNeedsFirst() {
		this.fixture.given(eligible())
			.when(new CloseCase(CASE_ID, ClosureReason.MOVED_AWAY, "Gia đình chuyển đi tỉnh khác.", null,
					officer(CONFIRMED)))
			.expectEvents(
					new AlternativeCareNeedEnded(CASE_ID, NEED, List.of(AN, BINH), "91", "30406",
							NeedEndReason.CASE_CLOSED, "Gia đình chuyển đi tỉnh khác.", true, officer(CONFIRMED)),
					new CaseClosed(CASE_ID, ClosureReason.MOVED_AWAY, "Gia đình chuyển đi tỉnh khác.", null,
							"INITIAL_ASSESSMENT_DONE", officer(CONFIRMED)));
	}

	@Test
	void mergingTheCaseIntoAnotherEndsItsOpenNeedsBeforeItCloses() {
		String reason = "Cùng hai em, đã có hồ sơ 91-2026-000001.";
		Object[] flagged = concat(eligible(), new Object[] {
				new PossibleDuplicateFlagged(CASE_ID, "case-0", "91-2026-000001", List.of(), officer(IDENTIFIED)) });
		this.fixture.given(flagged)
			.when(new MergeCaseInto(CASE_ID, "case-0", "91-2026-000001", reason, officer(CONFIRMED)))
			.expectEvents(new CaseMergedInto(CASE_ID, "case-0", "91-2026-000001", reason, officer(CONFIRMED)),
					new AlternativeCareNeedEnded(CASE_ID, NEED, List.of(AN, BINH), "91", "30406",
							NeedEndReason.CASE_CLOSED, reason, true, officer(CONFIRMED)),
					new CaseClosed(CASE_ID, ClosureReason.MERGED, reason, null, "INITIAL_ASSESSMENT_DONE",
							officer(CONFIRMED)));
	}

	@Test
	void aClosedCaseTakesNoAlternativeCareCommand() {
		Object[] closed = concat(eligible(), new Object[] { new CaseClosed(CASE_ID, ClosureReason.RESOLVED, null, null,
				"INITIAL_ASSESSMENT_DONE", officer(CONFIRMED)) });
		this.fixture.given(closed)
			.when(new AddRelative(CASE_ID, "rel-2", grandmother(), officer(CONFIRMED)))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("The case is CLOSED"));
	}

	@Test
	void relativesAreListedAndUpdatedWhenTheyAnswerOrRegister() {
		this.fixture.given(siblingsReported(), assessed())
			.when(new AddRelative(CASE_ID, "rel-1", grandmother(), officer(CHECKED)))
			.expectEvents(grandmotherAdded());
		RelativeDetails registered = new RelativeDetails(grandmother().fullName(), grandmother().relation(),
				grandmother().phone(), "91", "30406", grandmother().conditionsAssessment(), grandmother().notifiedOn(),
				grandmother().notifiedBy(), grandmother().response(), "cg-grandmother");
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed(), grandmotherAdded())
			.when(new UpdateRelative(CASE_ID, "rel-1", registered, officer(CONFIRMED)))
			.expectEvents(new RelativeUpdated(CASE_ID, "rel-1", registered, officer(CONFIRMED)));
		AlternativeCareScenarios.fixture()
			.given(siblingsReported(), assessed())
			.when(new UpdateRelative(CASE_ID, "rel-9", registered, officer(CONFIRMED)))
			.expectException(NotFoundException.class);
	}

	/** The checklist was refused with exactly these unmet items, in this order. */
	private static Matcher<ChecklistIncomplete> unmet(String... fields) {
		return new FeatureMatcher<ChecklistIncomplete, List<String>>(equalTo(List.of(fields)), "unmet fields",
				"unmet fields") {
			@Override
			protected List<String> featureValueOf(ChecklistIncomplete actual) {
				return actual.unmet().stream().map(FieldError::field).toList();
			}
		};
	}

}
