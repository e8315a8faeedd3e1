package org.kinbridge.cases.casefile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.kinbridge.cases.assessment.api.CaseMeeting;
import org.kinbridge.cases.assessment.api.RecordInitialAssessment;
import org.kinbridge.cases.assessment.api.RecordSpecificAssessment;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.plan.api.SupportPlan;
import org.kinbridge.platform.calendar.ProvinceCalendars;

/**
 * A case in xã Phú Tân (30406, An Giang 91) received on Saturday 28 November 2026 at
 * 08:30 in Vietnam, the people who act on it, and a case file fixture whose time limits
 * follow the national rules and the province's real calendar.
 */
public final class CaseFileScenarios {

	public static final String CASE_ID = "case-1";

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	public static final Instant RECEIVED = IntakeSamples.RECEIVED;

	/** Two hours after receipt. */
	public static final Instant ASSESSED = RECEIVED.plus(Duration.ofHours(2));

	private CaseFileScenarios() {
	}

	public static AggregateTestFixture<CaseFile> fixture() {
		return fixture(Map.of());
	}

	/**
	 * @param provinceLimits time limits by province, as
	 * {@code kinbridge.cases.time-limits} configures them
	 */
	public static AggregateTestFixture<CaseFile> fixture(
			Map<String, CaseTimeLimitsProperties.ProvinceTimeLimits> provinceLimits) {
		AggregateTestFixture<CaseFile> fixture = new AggregateTestFixture<>(CaseFile.class);
		fixture.registerInjectableResource(timeLimits(provinceLimits));
		return fixture;
	}

	public static CaseTimeLimits timeLimits(Map<String, CaseTimeLimitsProperties.ProvinceTimeLimits> provinceLimits) {
		return new CaseTimeLimits(new CaseTimeLimitsProperties(provinceLimits), calendars());
	}

	public static ProvinceCalendars calendars() {
		return new ProvinceCalendars();
	}

	public static ReportReceived reportReceived() {
		return IntakeSamples.reportReceived(CASE_ID);
	}

	public static Acting officer(Instant at) {
		return new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406", at);
	}

	public static Acting secondOfficer(Instant at) {
		return new Acting("officer2.phutan", "COMMUNE_OFFICER", "91", "30406", at);
	}

	public static Acting chair(Instant at) {
		return new Acting("chair.phutan", "COMMUNE_CHAIR", "91", "30406", at);
	}

	/** The officer who drafted the plan, acting as the chair's stand-in. */
	public static Acting drafterAsChair(Instant at) {
		return new Acting("officer.phutan", "COMMUNE_CHAIR", "91", "30406", at);
	}

	public static Acting officerOfAnotherCommune(Instant at) {
		return new Acting("officer.chaudoc", "COMMUNE_OFFICER", "91", "30316", at);
	}

	public static Acting officerOfAnotherProvince(Instant at) {
		return new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740", at);
	}

	public static Acting provinceOfficer(Instant at) {
		return new Acting("province.angiang", "COMMUNE_OFFICER", "91", null, at);
	}

	public static RecordInitialAssessment initialAssessment(boolean seriousHarm, Acting by) {
		return new RecordInitialAssessment(CASE_ID, seriousHarm ? RiskLevel.HIGH : RiskLevel.MEDIUM, seriousHarm,
				"Hai em ở nhà một mình, thiếu ăn.", by);
	}

	public static RecordSpecificAssessment specificAssessment(Acting by) {
		return new RecordSpecificAssessment(CASE_ID, RiskLevel.MEDIUM, "Cha mẹ đi làm xa, bà ngoại yếu.",
				meeting(LocalDate.ofInstant(by.at(), VIETNAM)), by);
	}

	public static CaseMeeting meeting(LocalDate heldOn) {
		return new CaseMeeting(heldOn,
				List.of(new CaseMeeting.Participant("Trần Thị Hoa", "Trưởng ấp"),
						new CaseMeeting.Participant("Nguyễn Văn Bảy", "Công an xã")),
				"Cần hỗ trợ đi học và dinh dưỡng.");
	}

	public static SupportPlan plan(String goal) {
		LocalDate start = LocalDate.of(2026, 12, 7);
		return new SupportPlan(List.of(goal), List
			.of(new SupportPlan.PlannedAction("Làm lại hồ sơ nhập học.", "Trường Tiểu học Phú Mỹ", start.plusDays(14))),
				start, start.plusMonths(6));
	}

}
