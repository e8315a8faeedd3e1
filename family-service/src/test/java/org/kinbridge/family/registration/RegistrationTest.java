package org.kinbridge.family.registration;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.family.caregiver.CaregiverSamples.APPLICANT;
import static org.kinbridge.family.caregiver.CaregiverSamples.HOUSEHOLD;
import static org.kinbridge.family.caregiver.CaregiverSamples.fixture;
import static org.kinbridge.family.caregiver.CaregiverSamples.register;
import static org.kinbridge.family.caregiver.CaregiverSamples.registered;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.family.registration.api.KinRelation;
import org.kinbridge.family.registration.api.KinshipLink;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.RegisterCaregiver;
import org.kinbridge.family.registration.api.RegistrationProcedure;
import org.kinbridge.family.registration.api.Sex;
import org.kinbridge.platform.web.DomainRuleViolation;

class RegistrationTest {

	private static final KinshipLink GRANDCHILD = new KinshipLink("case-11111111-2222-3333-4444-555555555555",
			"Nguyễn Văn An", KinRelation.GRANDPARENT);

	private AggregateTestFixture<Caregiver> fixture;

	@BeforeEach
	void newFixture() {
		this.fixture = fixture();
	}

	@Test
	void registersAFamilyWithItsHouseholdAndWhoWhereAndWhen() {
		RegisterCaregiver command = register();
		this.fixture.givenNoPriorActivity()
			.when(command)
			.expectSuccessfulHandlerExecution()
			.expectEvents(registered(command));
	}

	@Test
	void aRelativeRegisteringForAChildOfAnOpenCaseFollowsTheNotificationProcedure() {
		this.fixture.givenNoPriorActivity()
			.when(register(APPLICANT, null, HOUSEHOLD, List.of(CareType.KINSHIP), GRANDCHILD, 1))
			.expectEventsMatching(
					payloadsMatching(exactSequenceOf(matches((CaregiverRegistered registered) -> registered
						.procedure() == RegistrationProcedure.KINSHIP_NOTIFICATION
							&& GRANDCHILD.equals(registered.kinship())), andNoMore())));
	}

	@Test
	void aRegistrationWithoutAKinshipLinkFollowsTheForm08Procedure() {
		this.fixture.givenNoPriorActivity()
			.when(register())
			.expectEventsMatching(payloadsMatching(exactSequenceOf(matches(
					(CaregiverRegistered registered) -> registered.procedure() == RegistrationProcedure.REGISTRATION
							&& registered.kinship() == null),
					andNoMore())));
	}

	@Test
	void aKinshipLinkNeedsKinshipCare() {
		this.fixture.givenNoPriorActivity()
			.when(register(APPLICANT, null, HOUSEHOLD, List.of(CareType.NON_RELATIVE), GRANDCHILD, 1))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("KINSHIP"))
			.expectNoEvents();
	}

	@Test
	void rejectsAnApplicantWhoTurns18OnlyTheDayAfterRegistration() {
		this.fixture.givenNoPriorActivity()
			.when(register(born(LocalDate.of(2008, 11, 29)), null, HOUSEHOLD, List.of(CareType.NON_RELATIVE), null, 1))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void acceptsAnApplicantWhoTurned18OnTheDayOfRegistration() {
		this.fixture.givenNoPriorActivity()
			.when(register(born(LocalDate.of(2008, 11, 28)), null, HOUSEHOLD, List.of(CareType.NON_RELATIVE), null, 1))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void rejectsACoApplicantWhoIsNotAnAdult() {
		this.fixture.givenNoPriorActivity()
			.when(register(APPLICANT, born(LocalDate.of(2010, 1, 1)), HOUSEHOLD, List.of(CareType.NON_RELATIVE), null,
					1))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("coApplicant"))
			.expectNoEvents();
	}

	@Test
	void rejectsACaregiverWhoCanCareForNoChild() {
		this.fixture.givenNoPriorActivity()
			.when(register(APPLICANT, null, HOUSEHOLD, List.of(CareType.NON_RELATIVE), null, 0))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	private static Person born(LocalDate dateOfBirth) {
		return new Person("Phạm Thị Lan", dateOfBirth, Sex.FEMALE, Person.VIETNAMESE, null);
	}

}
