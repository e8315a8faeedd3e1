package org.kinbridge.family.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.family.registration.api.RegisterCaregiver;
import org.kinbridge.family.registration.api.Sex;
import org.kinbridge.platform.web.DomainRuleViolation;

class CaregiverTest {

	private static final Instant REGISTERED_AT = Instant.parse("2026-11-28T03:15:00Z");

	private AggregateTestFixture<Caregiver> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(Caregiver.class);
	}

	@Test
	void registersAnAdultApplicantWithWhoWhereAndWhen() {
		RegisterCaregiver command = register(LocalDate.of(1980, 5, 1), 2);
		this.fixture.givenNoPriorActivity()
			.when(command)
			.expectSuccessfulHandlerExecution()
			.expectEvents(new CaregiverRegistered(command.caregiverId(), "91", "30406", command.applicant(),
					command.careTypes(), 2, List.of("vi"), "KINH", "HOA_HAO", "0912345678", REGISTERED_AT,
					"officer.phutan", "COMMUNE_OFFICER"));
	}

	@Test
	void rejectsAnApplicantWhoTurns18OnlyTheDayAfterRegistration() {
		this.fixture.givenNoPriorActivity()
			.when(register(LocalDate.of(2008, 11, 29), 1))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void acceptsAnApplicantWhoTurned18OnTheDayOfRegistration() {
		this.fixture.givenNoPriorActivity()
			.when(register(LocalDate.of(2008, 11, 28), 1))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void rejectsACaregiverWhoCanCareForNoChild() {
		this.fixture.givenNoPriorActivity()
			.when(register(LocalDate.of(1980, 5, 1), 0))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	private static RegisterCaregiver register(LocalDate dateOfBirth, int capacity) {
		return new RegisterCaregiver("cg-00000000-0000-0000-0000-000000000001", "91", "30406",
				new RegisterCaregiver.Applicant("Nguyễn Thị Hoa", dateOfBirth, Sex.FEMALE),
				List.of(CareType.NON_RELATIVE), capacity, List.of("vi"), "KINH", "HOA_HAO", "0912345678", REGISTERED_AT,
				"officer.phutan", "COMMUNE_OFFICER");
	}

}
