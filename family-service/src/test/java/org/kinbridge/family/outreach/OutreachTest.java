package org.kinbridge.family.outreach;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.kinbridge.family.caregiver.CaregiverSamples.COMMUNE;
import static org.kinbridge.family.caregiver.CaregiverSamples.NOW;
import static org.kinbridge.family.caregiver.CaregiverSamples.PROVINCE;
import static org.kinbridge.family.caregiver.CaregiverSamples.TODAY;
import static org.kinbridge.family.caregiver.CaregiverSamples.officer;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.outreach.api.Audience;
import org.kinbridge.family.outreach.api.DeclineInterest;
import org.kinbridge.family.outreach.api.FollowUpRecorded;
import org.kinbridge.family.outreach.api.InterestDeclined;
import org.kinbridge.family.outreach.api.InterestRecorded;
import org.kinbridge.family.outreach.api.InterestRegistered;
import org.kinbridge.family.outreach.api.InterestState;
import org.kinbridge.family.outreach.api.LinkRegistration;
import org.kinbridge.family.outreach.api.OutreachSessionRecorded;
import org.kinbridge.family.outreach.api.RecordFollowUp;
import org.kinbridge.family.outreach.api.RecordInterest;
import org.kinbridge.family.outreach.api.RecordOutreachSession;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/**
 * Outreach in xã Phú Tân on 28 November 2026: a talk held in a hamlet, and a woman who
 * showed interest there, followed up until she registers or declines.
 */
class OutreachTest {

	private static final String SESSION = "outreach-00000000-0000-0000-0000-000000000001";

	private static final String INTEREST = "interest-00000000-0000-0000-0000-000000000001";

	private static final String CAREGIVER = "cg-00000000-0000-0000-0000-000000000009";

	private static final Acting COLLABORATOR = new Acting("collab.phutan", "COLLABORATOR", PROVINCE, COMMUNE, NOW);

	private final AggregateTestFixture<OutreachSession> sessions = new AggregateTestFixture<>(OutreachSession.class);

	private final AggregateTestFixture<Interest> interests = new AggregateTestFixture<>(Interest.class);

	// Sessions

	@Test
	void aTalkInAHamletIsRecordedWithWhoLedItAndHowManyCame() {
		this.sessions.givenNoPriorActivity()
			.when(session(TODAY.minusDays(2), 35, COLLABORATOR))
			.expectEvents(new OutreachSessionRecorded(SESSION, PROVINCE, COMMUNE, TODAY.minusDays(2),
					"Nhà văn hóa ấp Phú Hòa", "Ấp Phú Hòa", "Chăm sóc thay thế cho trẻ", "Cán bộ LĐTBXH xã", 35,
					Audience.COMMUNITY, COLLABORATOR));
	}

	@Test
	void aSessionIsRecordedOnceHeldNotBefore() {
		this.sessions.givenNoPriorActivity()
			.when(session(TODAY.plusDays(1), 10, COLLABORATOR))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("heldOn"))
			.expectNoEvents();
	}

	@Test
	void aCollaboratorRecordsOnlyInTheirOwnCommune() {
		Acting elsewhere = new Acting("collab.chovam", "COLLABORATOR", PROVINCE, "30409", NOW);
		this.sessions.givenNoPriorActivity()
			.when(session(TODAY, 10, elsewhere))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	// Interested people

	@Test
	void anInterestRecordedAtATalkIsDueForFollowUp() {
		this.interests.givenNoPriorActivity()
			.when(new RecordInterest(INTEREST, COMMUNE, "Võ Thị Mười", "0987654321", SESSION, null, COLLABORATOR))
			.expectEvents(new InterestRecorded(INTEREST, PROVINCE, COMMUNE, "Võ Thị Mười", "0987654321", SESSION, null,
					COLLABORATOR));
	}

	@Test
	void aFollowUpIsRecordedWithItsNotesDayAndWhoAndMayBeRepeated() {
		this.interests.given(interested())
			.when(new RecordFollowUp(INTEREST, "Đã gọi, hẹn thăm nhà.", TODAY, officer()))
			.expectResultMessagePayload(InterestState.FOLLOWED_UP)
			.expectEvents(new FollowUpRecorded(INTEREST, PROVINCE, COMMUNE, "Đã gọi, hẹn thăm nhà.", TODAY, officer()));
		this.interests.given(interested(), followedUp())
			.when(new RecordFollowUp(INTEREST, "Đã thăm nhà.", TODAY, officer()))
			.expectResultMessagePayload(InterestState.FOLLOWED_UP);
	}

	@Test
	void aFollowUpCannotBeInTheFutureNorBeforeTheInterest() {
		this.interests.given(interested())
			.when(new RecordFollowUp(INTEREST, "Sẽ gọi.", TODAY.plusDays(1), officer()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("followedUpOn"))
			.expectNoEvents();
		this.interests.given(interested())
			.when(new RecordFollowUp(INTEREST, "Gọi trước.", TODAY.minusDays(11), officer()))
			.expectException(DomainRuleViolation.class)
			.expectExceptionMessage(containsString("before the interest of " + TODAY.minusDays(10)))
			.expectNoEvents();
	}

	@Test
	void aFollowedUpPersonWhoRegistersNamesTheCaregiver() {
		this.interests.given(interested(), followedUp())
			.when(new LinkRegistration(INTEREST, CAREGIVER, officer()))
			.expectResultMessagePayload(InterestState.REGISTERED)
			.expectEvents(new InterestRegistered(INTEREST, PROVINCE, COMMUNE, CAREGIVER, officer()));
	}

	@Test
	void aPersonMayDeclineWithTheirReason() {
		this.interests.given(interested())
			.when(new DeclineInterest(INTEREST, "Gia đình không đồng ý.", officer()))
			.expectResultMessagePayload(InterestState.DECLINED)
			.expectEvents(new InterestDeclined(INTEREST, PROVINCE, COMMUNE, "Gia đình không đồng ý.", officer()));
	}

	@Test
	void aRegisteredOrDeclinedPersonIsAConflictThatNamesTheState() {
		this.interests.given(interested(), new InterestRegistered(INTEREST, PROVINCE, COMMUNE, CAREGIVER, officer()))
			.when(new DeclineInterest(INTEREST, "Đổi ý.", officer()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(
					allOf(containsString("The interest is REGISTERED"), containsString("INTERESTED or FOLLOWED_UP")))
			.expectNoEvents();
		this.interests.given(interested(), new InterestDeclined(INTEREST, PROVINCE, COMMUNE, "Không.", officer()))
			.when(new RecordFollowUp(INTEREST, "Gọi lại.", TODAY, officer()))
			.expectException(ConflictException.class)
			.expectExceptionMessage(containsString("DECLINED"))
			.expectNoEvents();
	}

	@Test
	void anotherProvinceOrCommuneCannotTouchTheInterest() {
		this.interests.given(interested())
			.when(new DeclineInterest(INTEREST, "Không.",
					new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740", NOW)))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
		this.interests.given(interested())
			.when(new DeclineInterest(INTEREST, "Không.",
					new Acting("officer.chovam", "COMMUNE_OFFICER", PROVINCE, "30409", NOW)))
			.expectException(OutOfTenantScopeException.class)
			.expectNoEvents();
	}

	// Steps

	private static RecordOutreachSession session(java.time.LocalDate heldOn, int attendance, Acting by) {
		return new RecordOutreachSession(SESSION, COMMUNE, heldOn, "Nhà văn hóa ấp Phú Hòa", "Ấp Phú Hòa",
				"Chăm sóc thay thế cho trẻ", "Cán bộ LĐTBXH xã", attendance, Audience.COMMUNITY, by);
	}

	/** Interest shown ten days ago at the talk. */
	private static InterestRecorded interested() {
		return new InterestRecorded(INTEREST, PROVINCE, COMMUNE, "Võ Thị Mười", "0987654321", SESSION, null,
				new Acting("collab.phutan", "COLLABORATOR", PROVINCE, COMMUNE, NOW.minusSeconds(10 * 86_400)));
	}

	private static FollowUpRecorded followedUp() {
		return new FollowUpRecorded(INTEREST, PROVINCE, COMMUNE, "Đã gọi.", TODAY.minusDays(5), officer());
	}

}
