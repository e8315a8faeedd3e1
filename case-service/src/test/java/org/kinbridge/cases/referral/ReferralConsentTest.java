package org.kinbridge.cases.referral;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kinbridge.cases.referral.ReferralScenarios.CASE_ID;
import static org.kinbridge.cases.referral.ReferralScenarios.OLDER_CHILD;
import static org.kinbridge.cases.referral.ReferralScenarios.REFERRAL_ID;
import static org.kinbridge.cases.referral.ReferralScenarios.REFERRED;
import static org.kinbridge.cases.referral.ReferralScenarios.REFERRED_ON;
import static org.kinbridge.cases.referral.ReferralScenarios.YOUNGER_CHILD;
import static org.kinbridge.cases.referral.ReferralScenarios.hospital;
import static org.kinbridge.cases.referral.ReferralScenarios.mothersConsent;
import static org.kinbridge.cases.referral.ReferralScenarios.officer;
import static org.kinbridge.cases.referral.ReferralScenarios.opinion;
import static org.kinbridge.cases.referral.ReferralScenarios.refer;
import static org.kinbridge.cases.referral.ReferralScenarios.reportAbout;
import static org.kinbridge.cases.referral.ReferralScenarios.reportReceived;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.referral.ReferralRulesProperties.ProvinceReferralRules;
import org.kinbridge.cases.referral.api.ConsentForm;
import org.kinbridge.cases.referral.api.ConsentGiver;
import org.kinbridge.cases.referral.api.ConsentOverride;
import org.kinbridge.cases.referral.api.ConsentRecord;
import org.kinbridge.cases.referral.api.OverrideGround;
import org.kinbridge.cases.referral.api.ParentalConsent;
import org.kinbridge.cases.referral.api.ReferCase;
import org.kinbridge.cases.referral.api.ReferralSent;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.SharedItem;

/**
 * The consent a referral needs (Law on Children 2016 Art. 21 cl. 2): a parent's or
 * guardian's, and the opinion of every referred child aged 7 or more on the day, unless
 * an override states the legal ground for going without.
 */
class ReferralConsentTest {

	private final AggregateTestFixture<CaseFile> fixture = ReferralScenarios.fixture();

	@Test
	void aChildUnderSevenIsReferredOnTheParentsConsentWithoutAnOpinion() {
		ReferCase command = refer(hospital(), List.of(YOUNGER_CHILD), mothersConsent(), List.of());
		this.fixture.given(reportReceived())
			.when(command)
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayload(ReferralStatus.SENT)
			.expectEvents(sent(command, new ConsentRecord(mothersConsent(), List.of(), null, 7, List.of())),
					ReferralScenarios.deadlineStarted());
	}

	@Test
	void aChildOfSevenOrMoreMustBeAskedForTheirOpinion() {
		this.fixture.given(reportReceived())
			.when(refer(hospital(), List.of(YOUNGER_CHILD, OLDER_CHILD), mothersConsent(), List.of()))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(allOf(containsString("childOpinions: the opinion of the child at childIds[1]"),
					not(containsString("childIds[0]"))))
			.expectNoEvents();
	}

	@Test
	void aChildWhoDisagreesIsHeardAndTheReferralStillGoesOut() {
		this.fixture.given(reportReceived())
			.when(refer(hospital(), List.of(OLDER_CHILD), mothersConsent(), List.of(opinion(OLDER_CHILD, false))))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayload(ReferralStatus.SENT);
	}

	@Test
	void aChildWhoTurnsSevenOnTheDayOfTheReferralIsAsked() {
		this.fixture
			.given(reportAbout(IntakeSamples.child("child-birthday", "Lê Văn Cảnh", REFERRED_ON.minusYears(7), null)))
			.when(refer(hospital(), List.of("child-birthday"), mothersConsent(), List.of()))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(containsString("childOpinions"));
		ReferralScenarios.fixture()
			.given(reportAbout(
					IntakeSamples.child("child-tomorrow", "Lê Văn Cảnh", REFERRED_ON.minusYears(7).plusDays(1), null)))
			.when(refer(hospital(), List.of("child-tomorrow"), mothersConsent(), List.of()))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void anEstimatedAgeGrowsWithTheYearsSinceTheReport() {
		ReferCase aYearLater = new ReferCase(CASE_ID, REFERRAL_ID, hospital(), List.of("child-estimated"), "Khám.",
				null, List.of(SharedItem.IDENTITY), mothersConsent(), List.of(), null,
				officer(REFERRED.plus(Duration.ofDays(366))));
		this.fixture.given(reportAbout(IntakeSamples.child("child-estimated", "Bé Tư", null, 6)))
			.when(refer(hospital(), List.of("child-estimated"), mothersConsent(), List.of()))
			.expectSuccessfulHandlerExecution();
		ReferralScenarios.fixture()
			.given(reportAbout(IntakeSamples.child("child-estimated", "Bé Tư", null, 6)))
			.when(aYearLater)
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(containsString("childOpinions"));
	}

	@Test
	void aChildOfUnknownAgeCountsAsSevenOrMore() {
		this.fixture.given(reportAbout(IntakeSamples.child("child-unknown", "Bé Năm", null, null)))
			.when(refer(hospital(), List.of("child-unknown"), mothersConsent(), List.of()))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(containsString("or of unknown age"));
	}

	@Test
	void withoutTheConsentOfAParentOrGuardianTheReferralIsRefusedNamingTheFields() {
		this.fixture.given(reportReceived())
			.when(refer(hospital(), List.of(OLDER_CHILD), null, List.of()))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(allOf(containsString("consent: the consent of a parent or guardian is required"),
					containsString("childOpinions: the opinion of the child at childIds[0] is required")))
			.expectNoEvents();
	}

	@Test
	void writtenConsentGivenBeforeTheReferralNeedsItsDocumentReference() {
		ParentalConsent unfiled = new ParentalConsent(ConsentGiver.GUARDIAN, "Trần Văn Tư", REFERRED_ON,
				ConsentForm.WRITTEN, null);
		ParentalConsent tomorrow = new ParentalConsent(ConsentGiver.GUARDIAN, "Trần Văn Tư", REFERRED_ON.plusDays(1),
				ConsentForm.VERBAL, null);
		this.fixture.given(reportReceived())
			.when(refer(hospital(), List.of(YOUNGER_CHILD), unfiled, List.of()))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(containsString("consent.documentReference"));
		ReferralScenarios.fixture()
			.given(reportReceived())
			.when(refer(hospital(), List.of(YOUNGER_CHILD), tomorrow, List.of()))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(containsString("consent.givenOn"));
	}

	@Test
	void anOverrideWithItsLegalGroundReplacesConsentAndOpinions() {
		ConsentOverride override = new ConsentOverride(OverrideGround.PARENT_IS_ALLEGED_ABUSER,
				"Người cha là đối tượng bị tố cáo bạo hành.", "Chủ tịch UBND xã Phú Tân");
		ReferCase command = new ReferCase(CASE_ID, REFERRAL_ID, hospital(), List.of(OLDER_CHILD), "Khám thương tích.",
				"Luật Trẻ em 2016, Điều 49", List.of(SharedItem.IDENTITY), null, List.of(), override,
				officer(REFERRED));
		this.fixture.given(reportReceived())
			.when(command)
			.expectSuccessfulHandlerExecution()
			.expectEvents(sent(command, new ConsentRecord(null, List.of(), override, 7, List.of(OLDER_CHILD))),
					ReferralScenarios.deadlineStarted());
	}

	@Test
	void anOverrideMustSayWhyAndWhoDecided() {
		ConsentOverride unexplained = new ConsentOverride(OverrideGround.COURT_ORDER, " ", "");
		ReferCase command = new ReferCase(CASE_ID, REFERRAL_ID, hospital(), List.of(OLDER_CHILD), "Khám.", null,
				List.of(SharedItem.IDENTITY), null, List.of(), unexplained, officer(REFERRED));
		this.fixture.given(reportReceived())
			.when(command)
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(allOf(containsString("override.reason"), containsString("override.authorisedBy")));
	}

	@Test
	void aProvinceMayAskYoungerChildrenForTheirOpinion() {
		AggregateTestFixture<CaseFile> sixAndOver = ReferralScenarios
			.fixture(Map.of("91", new ProvinceReferralRules(5, null)));
		sixAndOver.given(reportReceived())
			.when(refer(hospital(), List.of(YOUNGER_CHILD), mothersConsent(), List.of()))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(containsString("the child is 5 or older"));
	}

	@Test
	void anOpinionOfAChildWhoIsNotReferredIsRefused() {
		this.fixture.given(reportReceived())
			.when(refer(hospital(), List.of(YOUNGER_CHILD), mothersConsent(), List.of(opinion(OLDER_CHILD, true))))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(containsString("childOpinions[0].childId"));
	}

	@Test
	void onlyChildrenOfTheCaseCanBeReferred() {
		this.fixture.given(reportReceived())
			.when(refer(hospital(), List.of(YOUNGER_CHILD, "child-of-another-case"), mothersConsent(), List.of()))
			.expectException(ReferralRefused.class)
			.expectExceptionMessage(containsString("childIds[1]: is not a child of this case"));
	}

	private static ReferralSent sent(ReferCase command, ConsentRecord consent) {
		return new ReferralSent(CASE_ID, command.referralId(), "91", "30406", command.target(), command.childIds(),
				command.purpose(), command.legalBasis(), command.sharedItems(), consent, command.by());
	}

}
