package org.kinbridge.cases.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.survey.api.AddHamlet;
import org.kinbridge.cases.survey.api.CollaboratorCoverageChanged;
import org.kinbridge.cases.survey.api.CollaboratorEnlisted;
import org.kinbridge.cases.survey.api.CollaboratorServiceEnded;
import org.kinbridge.cases.survey.api.CoverHamlets;
import org.kinbridge.cases.survey.api.EndCollaboratorService;
import org.kinbridge.cases.survey.api.EnlistCollaborator;
import org.kinbridge.cases.survey.api.HamletAdded;
import org.kinbridge.cases.survey.api.HamletKind;
import org.kinbridge.cases.survey.api.HamletRetired;
import org.kinbridge.cases.survey.api.RetireHamlet;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/**
 * The roster of xã Phú Tân on a fixed clock: hamlets are added once and retired, never
 * deleted; collaborators cover active hamlets only, and their changes say who, when and
 * why.
 */
class RosterTest {

	static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

	static final String ROSTER = "roster-30406";

	static final Acting OFFICER = new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406", NOW);

	static final Acting OTHER_PROVINCE = new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740", NOW);

	static final Acting OTHER_COMMUNE = new Acting("officer.chaudoc", "COMMUNE_OFFICER", "91", "30316", NOW);

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private AggregateTestFixture<CommuneRoster> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(CommuneRoster.class);
	}

	static HamletAdded phuHung() {
		return new HamletAdded(ROSTER, "91", "30406", "PHU_HUNG", "ấp Phú Hưng", HamletKind.AP, OFFICER);
	}

	static HamletAdded trungThanh() {
		return new HamletAdded(ROSTER, "91", "30406", "TRUNG_THANH", "khóm Trung Thạnh", HamletKind.KHOM, OFFICER);
	}

	static CollaboratorEnlisted le() {
		return new CollaboratorEnlisted(ROSTER, "91", "30406", "collaborator-le", "Võ Thị Lệ", "0913 222 410",
				"collab.phutan", List.of("PHU_HUNG"), FROM, null, OFFICER);
	}

	@Test
	void theFirstHamletStartsTheCommunesRoster() {
		this.fixture.givenNoPriorActivity()
			.when(new AddHamlet("91", "30406", "PHU_HUNG", "ấp Phú Hưng", HamletKind.AP, OFFICER))
			.expectSuccessfulHandlerExecution()
			.expectEvents(phuHung());
	}

	@Test
	void aHamletCodeIsNeverUsedTwiceInTheCommuneEvenAfterRetirement() {
		this.fixture.given(phuHung(), new HamletRetired(ROSTER, "30406", "PHU_HUNG", "Sáp nhập", OFFICER))
			.when(new AddHamlet("91", "30406", "PHU_HUNG", "ấp Phú Hưng mới", HamletKind.AP, OFFICER))
			.expectException(ConflictException.class)
			.expectExceptionMessage(org.hamcrest.Matchers.containsString("RETIRED"))
			.expectNoEvents();
	}

	@Test
	void anotherProvinceCannotAddHamletsToTheCommune() {
		this.fixture.givenNoPriorActivity()
			.when(new AddHamlet("91", "30406", "PHU_HUNG", "ấp Phú Hưng", HamletKind.AP, OTHER_PROVINCE))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	@Test
	void anOfficerOfAnotherCommuneCannotChangeTheRoster() {
		this.fixture.given(phuHung())
			.when(new RetireHamlet("30406", "PHU_HUNG", "Sáp nhập", OTHER_COMMUNE))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	@Test
	void enlistsACollaboratorCoveringActiveHamlets() {
		this.fixture.given(phuHung())
			.when(new EnlistCollaborator("91", "30406", "collaborator-le", "Võ Thị Lệ", "0913 222 410", "collab.phutan",
					List.of("PHU_HUNG", "PHU_HUNG"), FROM, null, OFFICER))
			.expectEvents(le());
	}

	@Test
	void aCollaboratorCannotCoverAHamletTheCommuneDoesNotHave() {
		this.fixture.given(phuHung())
			.when(new EnlistCollaborator("91", "30406", "collaborator-le", "Võ Thị Lệ", null, null, List.of("TAN_HOA"),
					FROM, null, OFFICER))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(org.hamcrest.Matchers.startsWith("hamletCodes:"))
			.expectNoEvents();
	}

	@Test
	void coveringARetiredHamletIsAConflictThatNamesItsState() {
		this.fixture
			.given(phuHung(), trungThanh(), le(),
					new HamletRetired(ROSTER, "30406", "TRUNG_THANH", "Sáp nhập", OFFICER))
			.when(new CoverHamlets("30406", "collaborator-le", List.of("PHU_HUNG", "TRUNG_THANH"), "Thêm khóm",
					OFFICER))
			.expectException(ConflictException.class)
			.expectExceptionMessage(org.hamcrest.Matchers.containsString("RETIRED"))
			.expectNoEvents();
	}

	@Test
	void changingCoverageRecordsWhoWhenAndWhy() {
		this.fixture.given(phuHung(), trungThanh(), le())
			.when(new CoverHamlets("30406", "collaborator-le", List.of("PHU_HUNG", "TRUNG_THANH"),
					"Cộng tác viên khóm Trung Thạnh nghỉ ốm", OFFICER))
			.expectEvents(new CollaboratorCoverageChanged(ROSTER, "30406", "collaborator-le",
					List.of("PHU_HUNG", "TRUNG_THANH"), "Cộng tác viên khóm Trung Thạnh nghỉ ốm", OFFICER));
	}

	@Test
	void retiringAHamletTakesItFromTheCollaboratorsWhoCoveredIt() {
		CollaboratorEnlisted both = new CollaboratorEnlisted(ROSTER, "91", "30406", "collaborator-le", "Võ Thị Lệ",
				null, null, List.of("PHU_HUNG", "TRUNG_THANH"), FROM, null, OFFICER);
		this.fixture.given(phuHung(), trungThanh(), both)
			.when(new RetireHamlet("30406", "TRUNG_THANH", "Sáp nhập vào ấp Phú Hưng", OFFICER))
			.expectEvents(new HamletRetired(ROSTER, "30406", "TRUNG_THANH", "Sáp nhập vào ấp Phú Hưng", OFFICER),
					new CollaboratorCoverageChanged(ROSTER, "30406", "collaborator-le", List.of("PHU_HUNG"),
							"Hamlet TRUNG_THANH retired: Sáp nhập vào ấp Phú Hưng", OFFICER));
	}

	@Test
	void aRetiredHamletCannotBeRetiredAgain() {
		this.fixture.given(phuHung(), new HamletRetired(ROSTER, "30406", "PHU_HUNG", "Sáp nhập", OFFICER))
			.when(new RetireHamlet("30406", "PHU_HUNG", "Lần nữa", OFFICER))
			.expectException(ConflictException.class)
			.expectNoEvents();
	}

	@Test
	void endsAServiceOnceAndNotBeforeItStarted() {
		this.fixture.given(phuHung(), le())
			.when(new EndCollaboratorService("30406", "collaborator-le", LocalDate.of(2025, 12, 31), "Chuyển đi",
					OFFICER))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
		this.fixture
			.given(phuHung(), le(),
					new CollaboratorServiceEnded(ROSTER, "30406", "collaborator-le", LocalDate.of(2026, 11, 30),
							"Chuyển đi", OFFICER))
			.when(new CoverHamlets("30406", "collaborator-le", List.of("PHU_HUNG"), "Quay lại", OFFICER))
			.expectException(ConflictException.class)
			.expectExceptionMessage(org.hamcrest.Matchers.containsString("ENDED"))
			.expectNoEvents();
	}

	@Test
	void recordsTheEndOfServiceWithItsReason() {
		this.fixture.given(phuHung(), le())
			.when(new EndCollaboratorService("30406", "collaborator-le", LocalDate.of(2026, 11, 30),
					"Chuyển đến xã khác", OFFICER))
			.expectEvents(new CollaboratorServiceEnded(ROSTER, "30406", "collaborator-le", LocalDate.of(2026, 11, 30),
					"Chuyển đến xã khác", OFFICER));
	}

	@Test
	void oneAccountCannotBeTwoActiveCollaborators() {
		this.fixture.given(phuHung(), le())
			.when(new EnlistCollaborator("91", "30406", "collaborator-2", "Võ Thị Lệ", null, "collab.phutan",
					List.of("PHU_HUNG"), FROM, null, OFFICER))
			.expectException(ConflictException.class)
			.expectNoEvents();
	}

}
