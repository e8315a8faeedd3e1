package org.kinbridge.cases.survey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.survey.api.AssignCollaborator;
import org.kinbridge.cases.survey.api.CloseSurveyRound;
import org.kinbridge.cases.survey.api.CollaboratorAssigned;
import org.kinbridge.cases.survey.api.HamletSurveyRecorded;
import org.kinbridge.cases.survey.api.OpenSurveyRound;
import org.kinbridge.cases.survey.api.RecordHamletSurvey;
import org.kinbridge.cases.survey.api.SurveyFinding;
import org.kinbridge.cases.survey.api.SurveyRoundClosed;
import org.kinbridge.cases.survey.api.SurveyRoundOpened;
import org.kinbridge.cases.survey.api.SurveyedHamlet;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.ForbiddenException;
import org.kinbridge.platform.web.NotFoundException;

/**
 * A survey round of xã Phú Tân on a fixed clock: collaborators are assigned to hamlets
 * (outside their coverage only with a reason), each hamlet is surveyed once by its
 * collaborator or by an officer for them, and the round closes when all are done or for a
 * reason.
 */
class SurveyRoundTest {

	static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

	static final String ROUND = "survey-1";

	static final Acting OFFICER = new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406", NOW);

	static final Acting LE = new Acting("collab.phutan", "COLLABORATOR", "91", "30406", NOW);

	static final Acting ANOTHER_COLLABORATOR = new Acting("collab.other", "COLLABORATOR", "91", "30406", NOW);

	static final Acting OTHER_PROVINCE = new Acting("province.hcm", "PROVINCE_OFFICER", "79", null, NOW);

	static final List<SurveyedHamlet> HAMLETS = List.of(new SurveyedHamlet("PHU_HUNG", "ấp Phú Hưng"),
			new SurveyedHamlet("TAN_HOA", "ấp Tân Hòa"));

	static final Instant SURVEYED = NOW.minus(Duration.ofHours(3));

	static final List<SurveyFinding> ONE_CHILD = List
		.of(new SurveyFinding("survey-1/PHU_HUNG/1", "case-9", "91-2026-000009"));

	private AggregateTestFixture<SurveyRound> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(SurveyRound.class);
	}

	static SurveyRoundOpened opened() {
		return new SurveyRoundOpened(ROUND, "91", "30406", "Khảo sát quý IV/2026", LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 12, 15), HAMLETS, OFFICER);
	}

	static CollaboratorAssigned leAssigned() {
		return new CollaboratorAssigned(ROUND, "30406", "PHU_HUNG", "collaborator-le", "Võ Thị Lệ", "collab.phutan",
				true, null, OFFICER);
	}

	static HamletSurveyRecorded phuHungSurveyed() {
		return new HamletSurveyRecorded(ROUND, "91", "30406", "PHU_HUNG", "ấp Phú Hưng", "collaborator-le", false,
				SURVEYED, 40, 1, ONE_CHILD, LE);
	}

	static RecordHamletSurvey survey(Acting by) {
		return new RecordHamletSurvey(ROUND, "30406", "PHU_HUNG", "collaborator-le", SURVEYED, 40, 1, ONE_CHILD, by);
	}

	@Test
	void opensARoundOverTheCommunesHamlets() {
		this.fixture.givenNoPriorActivity()
			.when(new OpenSurveyRound(ROUND, "91", "30406", "Khảo sát quý IV/2026", LocalDate.of(2026, 11, 1),
					LocalDate.of(2026, 12, 15), HAMLETS, OFFICER))
			.expectEvents(opened());
	}

	@Test
	void aRoundCannotEndBeforeItStartsNorOpenWithoutHamlets() {
		this.fixture.givenNoPriorActivity()
			.when(new OpenSurveyRound(ROUND, "91", "30406", "Khảo sát", LocalDate.of(2026, 12, 1),
					LocalDate.of(2026, 11, 1), HAMLETS, OFFICER))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(startsWith("periodEnd:"));
		this.fixture.givenNoPriorActivity()
			.when(new OpenSurveyRound(ROUND, "91", "30406", "Khảo sát", LocalDate.of(2026, 11, 1),
					LocalDate.of(2026, 12, 1), List.of(), OFFICER))
			.expectException(ConflictException.class);
	}

	@Test
	void anotherProvinceNeitherOpensNorTouchesARound() {
		this.fixture.givenNoPriorActivity()
			.when(new OpenSurveyRound(ROUND, "91", "30406", "Khảo sát", LocalDate.of(2026, 11, 1),
					LocalDate.of(2026, 12, 1), HAMLETS, OTHER_PROVINCE))
			.expectException(OutOfTenantScopeException.class);
		this.fixture.given(opened())
			.when(new CloseSurveyRound(ROUND, "30406", "Hết hạn", OTHER_PROVINCE))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	@Test
	void aRoundAskedForUnderAnotherCommuneIsNotFoundThere() {
		this.fixture.given(opened())
			.when(new CloseSurveyRound(ROUND, "30316", "Hết hạn",
					new Acting("province.angiang", "PROVINCE_OFFICER", "91", null, NOW)))
			.expectException(NotFoundException.class)
			.expectNoEvents();
	}

	@Test
	void assignsACollaboratorWhoCoversTheHamlet() {
		this.fixture.given(opened())
			.when(new AssignCollaborator(ROUND, "30406", "PHU_HUNG", "collaborator-le", "Võ Thị Lệ", "collab.phutan",
					true, null, OFFICER))
			.expectEvents(leAssigned());
	}

	@Test
	void aCollaboratorOutsideTheirHamletsIsAssignedOnlyWithAReason() {
		this.fixture.given(opened())
			.when(new AssignCollaborator(ROUND, "30406", "TAN_HOA", "collaborator-le", "Võ Thị Lệ", "collab.phutan",
					false, " ", OFFICER))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(startsWith("reason:"))
			.expectNoEvents();
		this.fixture.given(opened())
			.when(new AssignCollaborator(ROUND, "30406", "TAN_HOA", "collaborator-le", "Võ Thị Lệ", "collab.phutan",
					false, "Cộng tác viên ấp Tân Hòa nghỉ ốm", OFFICER))
			.expectEvents(new CollaboratorAssigned(ROUND, "30406", "TAN_HOA", "collaborator-le", "Võ Thị Lệ",
					"collab.phutan", false, "Cộng tác viên ấp Tân Hòa nghỉ ốm", OFFICER));
	}

	@Test
	void aHamletOutsideTheRoundIsNotFound() {
		this.fixture.given(opened())
			.when(new AssignCollaborator(ROUND, "30406", "PHU_THANH", "collaborator-le", "Võ Thị Lệ", null, true, null,
					OFFICER))
			.expectException(NotFoundException.class);
	}

	@Test
	void theAssignedCollaboratorRecordsTheirHamletsSurveyWithItsFindings() {
		this.fixture.given(opened(), leAssigned()).when(survey(LE)).expectEvents(phuHungSurveyed());
	}

	@Test
	void anOfficerRecordsOnTheCollaboratorsBehalf() {
		this.fixture.given(opened(), leAssigned())
			.when(survey(OFFICER))
			.expectEvents(new HamletSurveyRecorded(ROUND, "91", "30406", "PHU_HUNG", "ấp Phú Hưng", "collaborator-le",
					true, SURVEYED, 40, 1, ONE_CHILD, OFFICER));
	}

	@Test
	void anotherCollaboratorCannotRecordSomeoneElsesHamlet() {
		this.fixture.given(opened(), leAssigned())
			.when(survey(ANOTHER_COLLABORATOR))
			.expectException(ForbiddenException.class)
			.expectNoEvents();
	}

	@Test
	void aHamletWithoutACollaboratorCannotBeRecorded() {
		this.fixture.given(opened())
			.when(survey(OFFICER))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("UNASSIGNED"))
			.expectNoEvents();
	}

	@Test
	void aHamletIsSurveyedOnceAndThenNoLongerReassigned() {
		this.fixture.given(opened(), leAssigned(), phuHungSurveyed())
			.when(survey(LE))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("SURVEYED"));
		this.fixture.given(opened(), leAssigned(), phuHungSurveyed())
			.when(new AssignCollaborator(ROUND, "30406", "PHU_HUNG", "collaborator-2", "Lâm Văn Hai", null, true, null,
					OFFICER))
			.expectException(ConflictException.class);
	}

	@Test
	void recordingAHamletInAClosedRoundIsAConflictThatNamesTheState() {
		this.fixture
			.given(opened(), leAssigned(),
					new SurveyRoundClosed(ROUND, "30406", List.of("PHU_HUNG", "TAN_HOA"), "Bão số 9", OFFICER))
			.when(survey(LE))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("CLOSED"))
			.expectNoEvents();
	}

	@Test
	void aSurveyCannotBeDatedInTheFutureOrBeforeTheRoundNorReportMoreChildrenThanFound() {
		this.fixture.given(opened(), leAssigned())
			.when(new RecordHamletSurvey(ROUND, "30406", "PHU_HUNG", "collaborator-le", NOW.plusSeconds(60), 40, 1,
					ONE_CHILD, LE))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(startsWith("surveyedAt:"));
		this.fixture.given(opened(), leAssigned())
			.when(new RecordHamletSurvey(ROUND, "30406", "PHU_HUNG", "collaborator-le",
					Instant.parse("2026-10-20T02:00:00Z"), 40, 1, ONE_CHILD, LE))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(startsWith("surveyedAt:"));
		this.fixture.given(opened(), leAssigned())
			.when(new RecordHamletSurvey(ROUND, "30406", "PHU_HUNG", "collaborator-le", SURVEYED, 40, 0, ONE_CHILD, LE))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(startsWith("childrenFound:"));
	}

	@Test
	void theSurveyMustBeRecordedForTheAssignedCollaborator() {
		this.fixture.given(opened(), leAssigned())
			.when(new RecordHamletSurvey(ROUND, "30406", "PHU_HUNG", "collaborator-2", SURVEYED, 40, 1, ONE_CHILD,
					OFFICER))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("ASSIGNED"));
	}

	@Test
	void aRoundWithHamletsLeftClosesOnlyWithAReason() {
		this.fixture.given(opened(), leAssigned(), phuHungSurveyed())
			.when(new CloseSurveyRound(ROUND, "30406", null, OFFICER))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("TAN_HOA"))
			.expectNoEvents();
		this.fixture.given(opened(), leAssigned(), phuHungSurveyed())
			.when(new CloseSurveyRound(ROUND, "30406", "Ấp Tân Hòa ngập lụt, khảo sát đợt sau", OFFICER))
			.expectEvents(new SurveyRoundClosed(ROUND, "30406", List.of("TAN_HOA"),
					"Ấp Tân Hòa ngập lụt, khảo sát đợt sau", OFFICER));
	}

	@Test
	void aRoundWithEveryHamletSurveyedClosesWithoutAReasonAndOnlyOnce() {
		CollaboratorAssigned tanHoa = new CollaboratorAssigned(ROUND, "30406", "TAN_HOA", "collaborator-le",
				"Võ Thị Lệ", "collab.phutan", true, null, OFFICER);
		HamletSurveyRecorded tanHoaSurveyed = new HamletSurveyRecorded(ROUND, "91", "30406", "TAN_HOA", "ấp Tân Hòa",
				"collaborator-le", false, SURVEYED, 25, 0, List.of(), LE);
		SurveyRoundClosed closed = new SurveyRoundClosed(ROUND, "30406", List.of(), null, OFFICER);
		this.fixture.given(opened(), leAssigned(), phuHungSurveyed(), tanHoa, tanHoaSurveyed)
			.when(new CloseSurveyRound(ROUND, "30406", "", OFFICER))
			.expectEvents(closed);
		this.fixture.given(opened(), closed)
			.when(new CloseSurveyRound(ROUND, "30406", "Lần nữa", OFFICER))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("CLOSED"));
	}

}
