package org.kinbridge.matching.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinbridge.matching.candidates.FamilyEvents.approved;
import static org.kinbridge.matching.candidates.FamilyEvents.capacityChanged;
import static org.kinbridge.matching.candidates.FamilyEvents.registered;
import static org.kinbridge.matching.candidates.FamilyEvents.reinstated;
import static org.kinbridge.matching.candidates.FamilyEvents.removed;
import static org.kinbridge.matching.candidates.FamilyEvents.suspended;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.matching.EventFeed;
import org.kinbridge.matching.InMemoryMongo;
import org.kinbridge.platform.kafka.PoisonEventException;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * family-service's events through the platform's listener into the caregiver view: every
 * handled type, redeliveries, and facts that arrive in the wrong order.
 */
class CandidateCaregiverViewTest {

	private static final Instant T0 = Instant.parse("2026-12-10T02:30:00Z");

	private MongoTemplate mongo;

	private EventFeed feed;

	private CandidateCaregiverQueries caregivers;

	private String id;

	@BeforeEach
	void freshDatabase() {
		this.mongo = InMemoryMongo.freshDatabase("candidates");
		CandidateCaregiverWrites writes = new CandidateCaregiverWrites(this.mongo);
		StandingHandlers standing = new StandingHandlers();
		this.feed = new EventFeed(this.mongo,
				List.of(new CaregiverRegisteredHandler(writes), new CaregiverApprovedHandler(writes),
						new CaregiverCapacityChangedHandler(writes), standing.caregiverSuspendedHandler(writes),
						standing.caregiverReinstatedHandler(writes), standing.caregiverRemovedHandler(writes)));
		this.caregivers = new CandidateCaregiverQueries(this.mongo);
		this.id = "cg-" + UUID.randomUUID();
	}

	@Test
	void theProducersApprovalSampleMakesAnEligibleCaregiverWithItsMatchingProfile() throws Exception {
		CaregiverApprovedV1 sample;
		try (InputStream in = EventTypes.find(CaregiverApprovedV1.TYPE).orElseThrow().openSample()) {
			sample = EventFeed.JSON.readValue(in, CaregiverApprovedV1.class);
		}
		String eventId = this.feed.publish("91", sample.caregiverId(), sample);

		CandidateCaregiver caregiver = this.caregivers.find("91", sample.caregiverId()).orElseThrow();
		assertThat(caregiver.state()).isEqualTo(CandidateState.ELIGIBLE);
		assertThat(caregiver.isEligible()).isTrue();
		assertThat(caregiver.communeCode()).isEqualTo("30406");
		assertThat(caregiver.kinCaseId()).isEqualTo("case-3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c");
		assertThat(caregiver.capacity()).isEqualTo(2);
		assertThat(caregiver.freeCapacity()).isEqualTo(2);
		assertThat(caregiver.placed()).isZero();
		assertThat(caregiver.dateOfBirth()).isEqualTo(LocalDate.parse("1982-07-15"));
		assertThat(caregiver.careTypes()).containsExactly("KINSHIP", "EMERGENCY");
		assertThat(caregiver.languages()).containsExactly("vi", "km");
		assertThat(caregiver.ethnicity()).isEqualTo("KHMER");
		assertThat(caregiver.religion()).isEqualTo("BUDDHISM");
		assertThat(caregiver.householdSize()).isEqualTo(4);
		assertThat(caregiver.preferences())
			.isEqualTo(new CandidateCaregiver.Preferences(3, 12, List.of(), true, List.of("DISABILITY")));
		assertThat(caregiver.lastEventId()).isEqualTo(eventId);
	}

	@Test
	void aRegisteredCaregiverIsKnownButNotEligibleUntilApproved() {
		this.feed.publish("91", this.id, registered(this.id, "91", "30406", 2, T0.minusSeconds(86_400)));
		assertThat(this.caregivers.find("91", this.id)).get()
			.satisfies(c -> assertThat(c.state()).isEqualTo(CandidateState.REGISTERED))
			.satisfies(c -> assertThat(c.fullName()).isEqualTo("Nguyễn Thị Hoa"))
			.satisfies(c -> assertThat(c.freeCapacity()).isEqualTo(2));

		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 3, 3, T0));
		CandidateCaregiver approved = this.caregivers.find("91", this.id).orElseThrow();
		assertThat(approved.state()).isEqualTo(CandidateState.ELIGIBLE);
		assertThat(approved.fullName()).as("the name comes from the registration").isEqualTo("Nguyễn Thị Hoa");
		assertThat(approved.capacity()).isEqualTo(3);
		assertThat(approved.dateOfBirth()).isEqualTo(LocalDate.parse("1975-07-15"));
	}

	@Test
	void aRegistrationReadAfterTheApprovalDoesNotUndoIt() {
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 3, 1, T0));
		this.feed.publish("91", this.id, registered(this.id, "91", "30406", 2, T0.minusSeconds(86_400)));

		CandidateCaregiver caregiver = this.caregivers.find("91", this.id).orElseThrow();
		assertThat(caregiver.state()).isEqualTo(CandidateState.ELIGIBLE);
		assertThat(caregiver.capacity()).isEqualTo(3);
		assertThat(caregiver.freeCapacity()).isEqualTo(1);
		assertThat(caregiver.careTypes()).contains("EMERGENCY");
		assertThat(caregiver.fullName()).isEqualTo("Nguyễn Thị Hoa");
	}

	@Test
	void aNewerCapacityChangeWinsAndAnOlderOneArrivingLateIsIgnored() {
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 2, 2, T0));
		this.feed.publish("91", this.id, capacityChanged(this.id, 2, 2, T0.plusSeconds(200)));
		this.feed.publish("91", this.id, capacityChanged(this.id, 2, 1, T0.plusSeconds(100)));

		CandidateCaregiver caregiver = this.caregivers.find("91", this.id).orElseThrow();
		assertThat(caregiver.placed()).isEqualTo(2);
		assertThat(caregiver.freeCapacity()).isZero();
		assertThat(caregiver.capacityAsOf()).isEqualTo(T0.plusSeconds(200));
	}

	@Test
	void aCapacityChangeBeforeTheApprovalArrivesFirstAndTheApprovalDoesNotOverwriteIt() {
		this.feed.publish("91", this.id, capacityChanged(this.id, 4, 1, T0.plusSeconds(60)));
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 2, 2, T0));

		CandidateCaregiver caregiver = this.caregivers.find("91", this.id).orElseThrow();
		assertThat(caregiver.capacity()).isEqualTo(4);
		assertThat(caregiver.freeCapacity()).isEqualTo(3);
		assertThat(caregiver.state()).isEqualTo(CandidateState.ELIGIBLE);
	}

	@Test
	void aSuspendedCaregiverIsEligibleAgainWhenReinstated() {
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 2, 2, T0));
		this.feed.publish("91", this.id, suspended(this.id, T0.plusSeconds(100)));
		assertThat(this.caregivers.find("91", this.id).orElseThrow().state()).isEqualTo(CandidateState.SUSPENDED);

		this.feed.publish("91", this.id, reinstated(this.id, T0.plusSeconds(200)));
		assertThat(this.caregivers.find("91", this.id).orElseThrow().state()).isEqualTo(CandidateState.ELIGIBLE);
	}

	@Test
	void aReinstatementOlderThanTheSuspensionKeepsTheCaregiverSuspended() {
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 2, 2, T0));
		this.feed.publish("91", this.id, suspended(this.id, T0.plusSeconds(300)));
		this.feed.publish("91", this.id, reinstated(this.id, T0.plusSeconds(200)));

		assertThat(this.caregivers.find("91", this.id).orElseThrow().state()).isEqualTo(CandidateState.SUSPENDED);
	}

	@Test
	void aSuspensionReadBeforeTheApprovalIsNotUndoneByIt() {
		this.feed.publish("91", this.id, suspended(this.id, T0.plusSeconds(100)));
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 2, 2, T0));

		assertThat(this.caregivers.find("91", this.id).orElseThrow().state()).isEqualTo(CandidateState.SUSPENDED);
	}

	@Test
	void aRemovalIsFinal() {
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 2, 2, T0));
		this.feed.publish("91", this.id, removed(this.id, T0.plusSeconds(100)));
		this.feed.publish("91", this.id, reinstated(this.id, T0.plusSeconds(200)));

		assertThat(this.caregivers.find("91", this.id).orElseThrow().state()).isEqualTo(CandidateState.REMOVED);
	}

	@Test
	void aRedeliveredEventTakesEffectOnce() {
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 2, 2, T0));
		String eventId = "evt-" + UUID.randomUUID();
		this.feed.publish(eventId, "91", this.id, capacityChanged(this.id, 2, 1, T0.plusSeconds(100)));
		// The same id again with other figures and a later time: applied, it would win.
		this.feed.publish(eventId, "91", this.id, capacityChanged(this.id, 5, 0, T0.plusSeconds(500)));

		assertThat(this.caregivers.find("91", this.id).orElseThrow().freeCapacity()).isEqualTo(1);
	}

	@Test
	void anEventWhoseHeaderNamesAnotherProvinceIsPoison() {
		assertThatThrownBy(() -> this.feed.publish("79", this.id, approved(this.id, "91", "30406", null, 2, 2, T0)))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("province 79");
		assertThat(this.caregivers.find("91", this.id)).isEmpty();
	}

	@Test
	void aCaregiverKnownInOneProvinceCannotBeMovedToAnotherByAnEvent() {
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 2, 2, T0));

		assertThatThrownBy(() -> this.feed.publish("79", this.id,
				approved(this.id, "79", "26740", null, 2, 2, T0.plusSeconds(10))))
			.isInstanceOf(PoisonEventException.class);
		assertThat(this.caregivers.find("79", this.id)).isEmpty();
		assertThat(this.caregivers.find("91", this.id)).isPresent();
	}

	@Test
	void listsFilterByStateAndCommuneAndTheShortlistLoadsOnlyEligibleCaregiversOfTheProvince() {
		String suspendedOne = "cg-" + UUID.randomUUID();
		String elsewhere = "cg-" + UUID.randomUUID();
		String otherProvince = "cg-" + UUID.randomUUID();
		this.feed.publish("91", this.id, approved(this.id, "91", "30406", null, 2, 2, T0));
		this.feed.publish("91", suspendedOne, approved(suspendedOne, "91", "30406", null, 2, 2, T0));
		this.feed.publish("91", suspendedOne, suspended(suspendedOne, T0.plusSeconds(1)));
		this.feed.publish("91", elsewhere, approved(elsewhere, "91", "30410", null, 2, 2, T0));
		this.feed.publish("79", otherProvince, approved(otherProvince, "79", "26740", "case-1", 2, 2, T0));

		assertThat(this.caregivers.list("91", null, null)).extracting(CandidateCaregiver::caregiverId)
			.containsExactlyInAnyOrder(this.id, suspendedOne, elsewhere);
		assertThat(this.caregivers.list("91", "30406", CandidateState.ELIGIBLE))
			.extracting(CandidateCaregiver::caregiverId)
			.containsExactly(this.id);
		assertThat(this.caregivers.eligibleIn("91")).extracting(CandidateCaregiver::caregiverId)
			.containsExactlyInAnyOrder(this.id, elsewhere);
		assertThat(this.caregivers.eligibleIn("91")).allSatisfy(c -> assertThat(c.lastEventId()).isNull());
		assertThat(this.caregivers.relativesOf(List.of(suspendedOne), List.of("case-1")))
			.extracting(CandidateCaregiver::caregiverId)
			.containsExactlyInAnyOrder(suspendedOne, otherProvince);
		assertThat(this.caregivers.relativesOf(List.of(), List.of())).isEmpty();
		assertThat(this.caregivers.find("79", this.id)).isEmpty();
	}

}
