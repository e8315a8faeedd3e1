package org.kinbridge.cases.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.kinbridge.cases.casefile.CaseFile;
import org.kinbridge.cases.casefile.CaseFileScenarios;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.referral.ReferralRulesProperties.ProvinceReferralRules;
import org.kinbridge.cases.referral.api.ChildOpinion;
import org.kinbridge.cases.referral.api.ConsentForm;
import org.kinbridge.cases.referral.api.ConsentGiver;
import org.kinbridge.cases.referral.api.ConsentRecord;
import org.kinbridge.cases.referral.api.ParentalConsent;
import org.kinbridge.cases.referral.api.ReferCase;
import org.kinbridge.cases.referral.api.ReferralResponseDeadlineStarted;
import org.kinbridge.cases.referral.api.ReferralSent;
import org.kinbridge.cases.referral.api.ReferralTarget;
import org.kinbridge.cases.referral.api.ReferralTargetType;
import org.kinbridge.cases.referral.api.SharedItem;

/**
 * Referrals of the case in xã Phú Tân (91/30406) received on Saturday 28 November 2026,
 * sent on Monday 30 November at 09:00 in Vietnam: its children, the consent they need,
 * where they go, and the people on both sides.
 */
final class ReferralScenarios {

	static final String CASE_ID = CaseFileScenarios.CASE_ID;

	static final String REFERRAL_ID = "referral-1";

	/** Monday 30 November 2026, 09:00 in Vietnam. */
	static final Instant REFERRED = Instant.parse("2026-11-30T02:00:00Z");

	static final LocalDate REFERRED_ON = LocalDate.of(2026, 11, 30);

	/** Ten on the day of referral. */
	static final String OLDER_CHILD = "child-older";

	/** Five on the day of referral. */
	static final String YOUNGER_CHILD = "child-younger";

	private ReferralScenarios() {
	}

	static AggregateTestFixture<CaseFile> fixture() {
		return fixture(Map.of());
	}

	static AggregateTestFixture<CaseFile> fixture(Map<String, ProvinceReferralRules> provinceRules) {
		AggregateTestFixture<CaseFile> fixture = CaseFileScenarios.fixture();
		fixture.registerInjectableResource(rules(provinceRules));
		return fixture;
	}

	static ReferralRules rules(Map<String, ProvinceReferralRules> provinceRules) {
		return new ReferralRules(new ReferralRulesProperties(provinceRules), CaseFileScenarios.calendars());
	}

	/** A report about a ten-year-old and a five-year-old brother. */
	static ReportReceived reportReceived() {
		return reportAbout(IntakeSamples.child(OLDER_CHILD, "Nguyễn Văn An", LocalDate.of(2016, 3, 2), null),
				IntakeSamples.child(YOUNGER_CHILD, "Nguyễn Văn Bảo", LocalDate.of(2021, 5, 1), null));
	}

	static ReportReceived reportAbout(ReceiveReport.ReportedChild... children) {
		return IntakeSamples.receive(CASE_ID, List.of(children)).received();
	}

	static Acting officer(Instant at) {
		return CaseFileScenarios.officer(at);
	}

	/** The officer of phường Sài Gòn (79/26740), where transfers in these tests go. */
	static Acting receivingOfficer(Instant at) {
		return CaseFileScenarios.officerOfAnotherProvince(at);
	}

	/** An officer of Hồ Chí Minh City who was sent nothing. */
	static Acting bystanderOfAnotherProvince(Instant at) {
		return new Acting("officer.bennghe", "COMMUNE_OFFICER", "79", "26734", at);
	}

	static ReferralTarget hospital() {
		return new ReferralTarget(ReferralTargetType.HEALTH, "Bệnh viện Đa khoa khu vực Tân Châu", null, null);
	}

	static ReferralTarget saigon() {
		return new ReferralTarget(ReferralTargetType.OTHER_PROVINCE, "UBND phường Sài Gòn", "79", "26740");
	}

	static ReferralTarget chauDoc() {
		return new ReferralTarget(ReferralTargetType.OTHER_COMMUNE, "UBND phường Châu Đốc", "91", "30316");
	}

	static ParentalConsent mothersConsent() {
		return new ParentalConsent(ConsentGiver.PARENT, "Trần Thị Mai", REFERRED_ON, ConsentForm.WRITTEN,
				"Biên bản số 12/2026");
	}

	static ChildOpinion opinion(String childId, boolean agrees) {
		return new ChildOpinion(childId, REFERRED_ON, "Em muốn được khám bệnh.", agrees);
	}

	static ReferCase refer(ReferralTarget target, List<String> childIds, ParentalConsent consent,
			List<ChildOpinion> opinions) {
		return new ReferCase(CASE_ID, REFERRAL_ID, target, childIds, "Khám và điều trị vết thương.",
				"Luật Trẻ em 2016, Điều 49", List.of(SharedItem.IDENTITY, SharedItem.HEALTH), consent, opinions, null,
				officer(REFERRED));
	}

	/**
	 * Both brothers to the hospital, with their mother's consent and the elder's opinion.
	 */
	static ReferCase referBoth(ReferralTarget target) {
		return refer(target, List.of(OLDER_CHILD, YOUNGER_CHILD), mothersConsent(),
				List.of(opinion(OLDER_CHILD, true)));
	}

	/** When a referral sent at {@link #REFERRED} is due: five working days later. */
	static Instant responseDue() {
		return rules(Map.of()).responseDue("91", REFERRED);
	}

	static ReferralResponseDeadlineStarted deadlineStarted() {
		return new ReferralResponseDeadlineStarted(CASE_ID, REFERRAL_ID, REFERRED, 5, responseDue());
	}

	/** The event of {@link #referBoth}. */
	static ReferralSent sentBoth(ReferralTarget target) {
		ReferCase command = referBoth(target);
		return new ReferralSent(CASE_ID, REFERRAL_ID, "91", "30406", target, command.childIds(), command.purpose(),
				command.legalBasis(), command.sharedItems(),
				new ConsentRecord(command.consent(), command.childOpinions(), null, 7, List.of(OLDER_CHILD)),
				command.by());
	}

}
