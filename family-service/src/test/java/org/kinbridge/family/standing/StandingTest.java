package org.kinbridge.family.standing;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.family.caregiver.CaregiverSamples.COMMUNE;
import static org.kinbridge.family.caregiver.CaregiverSamples.ID;
import static org.kinbridge.family.caregiver.CaregiverSamples.PROVINCE;
import static org.kinbridge.family.caregiver.CaregiverSamples.TODAY;
import static org.kinbridge.family.caregiver.CaregiverSamples.chair;
import static org.kinbridge.family.caregiver.CaregiverSamples.eligible;
import static org.kinbridge.family.caregiver.CaregiverSamples.fixture;
import static org.kinbridge.family.caregiver.CaregiverSamples.officer;
import static org.kinbridge.family.caregiver.CaregiverSamples.on;
import static org.kinbridge.family.caregiver.CaregiverSamples.registered;
import static org.kinbridge.family.caregiver.CaregiverSamples.vetted;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.caregiver.CaregiverSamples;
import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.standing.api.CaregiverReinstated;
import org.kinbridge.family.standing.api.CaregiverRemoved;
import org.kinbridge.family.standing.api.CaregiverSuspended;
import org.kinbridge.family.standing.api.ReinstateCaregiver;
import org.kinbridge.family.standing.api.RemovalReason;
import org.kinbridge.family.standing.api.RemoveCaregiver;
import org.kinbridge.family.standing.api.SuspendCaregiver;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.Subjects;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.ForbiddenException;

/** Life on the commune register after approval. */
class StandingTest {

	private static final String CONCERN = "Hàng xóm báo trẻ bị bỏ mặc; đang xác minh.";

	private static final String BASIS = "Luật Trẻ em 2016, Điều 69";

	private AggregateTestFixture<Caregiver> fixture;

	@BeforeEach
	void newFixture() {
		this.fixture = fixture();
	}

	@Test
	void anEligibleCaregiverIsSuspendedWithItsReason() {
		this.fixture.given(eligible())
			.when(new SuspendCaregiver(ID, CONCERN, BASIS, officer()))
			.expectResultMessagePayload(new CaregiverStatus(ID, CaregiverState.SUSPENDED, 2, 0, 2))
			.expectEvents(new CaregiverSuspended(ID, PROVINCE, COMMUNE, CONCERN, BASIS, officer()));
	}

	@Test
	void aCaregiverNotYetEligibleCannotBeSuspendedAndTheConflictNamesItsState() {
		this.fixture.given(vetted())
			.when(new SuspendCaregiver(ID, CONCERN, BASIS, officer()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(allOf(containsString("VETTING"), containsString("suspending")))
			.expectNoEvents();
	}

	@Test
	void aSuspendedCaregiverIsReinstatedWhileItsEvidenceHolds() {
		this.fixture.given(suspended())
			.when(new ReinstateCaregiver(ID, "Đã xác minh, không có vi phạm.", BASIS, chair()))
			.expectEvents(
					new CaregiverReinstated(ID, PROVINCE, COMMUNE, "Đã xác minh, không có vi phạm.", BASIS, chair()));
	}

	@Test
	void expiredEvidenceBlocksReinstatement() {
		this.fixture.given(suspended())
			.when(new ReinstateCaregiver(ID, "Đã xác minh.", BASIS, chair(on(TODAY.plusMonths(6)))))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("HEALTH_CERTIFICATE of applicant expired"))
			.expectNoEvents();
	}

	@Test
	void aChairWhoReVerifiedDuringTheSuspensionCannotReinstate() {
		List<Object> given = suspended();
		given.add(
				CaregiverSamples.passed(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT, TODAY, false, null, chair()));
		this.fixture.given(given)
			.when(new ReinstateCaregiver(ID, "Đã xác minh.", BASIS, chair()))
			.expectException(ForbiddenException.class)
			.expectNoEvents();
	}

	@Test
	void aCaregiverIsRemovedFromTheRegisterWithItsReason() {
		this.fixture.given(suspended())
			.when(new RemoveCaregiver(ID, RemovalReason.CAREGIVER_REQUEST, null, BASIS, chair()))
			.expectEvents(new CaregiverRemoved(ID, PROVINCE, COMMUNE, RemovalReason.CAREGIVER_REQUEST, null, BASIS,
					"SUSPENDED", chair()));
	}

	@Test
	void aRemovalForAnotherReasonMustSayWhy() {
		this.fixture.given(eligible())
			.when(new RemoveCaregiver(ID, RemovalReason.OTHER, " ", BASIS, chair()))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aCaregiverWithAChildPlacedCannotBeRemoved() {
		List<Object> given = eligible();
		given.add(new CapacityReserved(ID, PROVINCE, COMMUNE, "placement-1", 2, 1, officer()));
		this.fixture.given(given)
			.when(new RemoveCaregiver(ID, RemovalReason.NO_LONGER_MEETS_CONDITIONS, null, BASIS, chair()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("end the placements"))
			.expectNoEvents();
	}

	@Test
	void aRemovedCaregiverCannotBeReinstated() {
		List<Object> given = eligible();
		given.add(new CaregiverRemoved(ID, PROVINCE, COMMUNE, RemovalReason.MOVED_AWAY, null, BASIS, "ELIGIBLE",
				chair()));
		this.fixture.given(given)
			.when(new ReinstateCaregiver(ID, "Quay về.", BASIS, chair()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(allOf(containsString("REMOVED"), containsString("SUSPENDED")))
			.expectNoEvents();
	}

	@Test
	void aCaregiverThatWasNeverEligibleCannotBeRemovedFromTheRegister() {
		this.fixture.given(registered())
			.when(new RemoveCaregiver(ID, RemovalReason.MOVED_AWAY, null, BASIS, chair()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("REGISTERED"))
			.expectNoEvents();
	}

	private static List<Object> suspended() {
		List<Object> events = new ArrayList<>(eligible());
		events.add(new CaregiverSuspended(ID, PROVINCE, COMMUNE, CONCERN, BASIS, officer()));
		return events;
	}

}
