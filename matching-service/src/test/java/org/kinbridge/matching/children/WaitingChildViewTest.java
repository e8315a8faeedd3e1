package org.kinbridge.matching.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinbridge.matching.children.CaseEvents.ended;
import static org.kinbridge.matching.children.CaseEvents.handedOver;
import static org.kinbridge.matching.children.CaseEvents.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.matching.EventFeed;
import org.kinbridge.matching.InMemoryMongo;
import org.kinbridge.platform.kafka.PoisonEventException;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * case-service's events through the platform's listener into the waiting-children view:
 * every handled type, redeliveries, and a need and its case's handover in either order.
 */
class WaitingChildViewTest {

	private static final Instant DECIDED = Instant.parse("2026-12-05T03:00:00Z");

	private EventFeed feed;

	private WaitingChildQueries children;

	private String needId;

	private String caseId;

	@BeforeEach
	void freshDatabase() {
		MongoTemplate mongo = InMemoryMongo.freshDatabase("children");
		WaitingChildWrites writes = new WaitingChildWrites(mongo);
		this.feed = new EventFeed(mongo, List.of(new AlternativeCareNeededHandler(writes),
				new AlternativeCareNeedEndedHandler(writes), new CaseHandedOverHandler(writes)));
		this.children = new WaitingChildQueries(mongo);
		this.needId = "need-" + UUID.randomUUID();
		this.caseId = "case-" + UUID.randomUUID();
	}

	@Test
	void theProducersSampleNeedWaitsWithTheChildsProfileSiblingsAndRelatives() {
		AlternativeCareNeededV1 sample = CaseEvents.sampleNeed();
		String eventId = this.feed.publish("91", sample.needId(), sample);

		WaitingChild need = this.children.find("91", sample.needId()).orElseThrow();
		assertThat(need.state()).isEqualTo(WaitingState.WAITING);
		assertThat(need.isWaiting()).isTrue();
		assertThat(need.caseId()).isEqualTo(sample.caseId());
		assertThat(need.provinceCode()).isEqualTo("91");
		assertThat(need.communeCode()).isEqualTo("30406");
		assertThat(need.decidedInCommuneCode()).isEqualTo("30406");
		assertThat(need.since()).isEqualTo(DECIDED);
		assertThat(need.child().dateOfBirth()).isEqualTo(LocalDate.parse("2016-03-02"));
		assertThat(need.child().religion()).isEqualTo("HOA_HAO");
		assertThat(need.siblings()).singleElement().satisfies(sister -> {
			assertThat(sister.estimatedAge()).isEqualTo(6);
			assertThat(sister.needs()).containsExactly("HEARING");
		});
		assertThat(need.keepSiblingsTogether()).isTrue();
		assertThat(need.careTypesSought()).containsExactly("KINSHIP", "EMERGENCY");
		assertThat(need.relatives()).extracting(WaitingChild.Relative::caregiverId)
			.containsExactly("cg-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", null);
		assertThat(need.eligibility().category()).isEqualTo("ORPHANED_OR_ABANDONED");
		assertThat(need.lastEventId()).isEqualTo(eventId);
		assertThat(this.children.waiting("91", null)).extracting(WaitingChild::needId).contains(sample.needId());
		assertThat(this.children.waiting("91", "30406")).extracting(WaitingChild::needId).contains(sample.needId());
		assertThat(this.children.waiting("91", "30410")).isEmpty();
		assertThat(this.children.find("79", sample.needId())).isEmpty();
		assertThat(this.children.waiting("79", null)).isEmpty();
	}

	@Test
	void anEndedNeedIsFoundButNoLongerWaits() {
		this.feed.publish("91", this.needId, need(this.needId, this.caseId, "91", "30406", DECIDED));
		this.feed.publish("91", this.needId, ended(this.needId, this.caseId, DECIDED.plusSeconds(3600)));

		WaitingChild need = this.children.find("91", this.needId).orElseThrow();
		assertThat(need.state()).isEqualTo(WaitingState.ENDED);
		assertThat(need.endReason()).isEqualTo("RETURNED_TO_FAMILY");
		assertThat(need.endedAt()).isEqualTo(DECIDED.plusSeconds(3600));
		assertThat(this.children.waiting("91", null)).extracting(WaitingChild::needId).doesNotContain(this.needId);
	}

	@Test
	void aNeedReadAfterItsEndingStaysEnded() {
		this.feed.publish("91", this.needId, ended(this.needId, this.caseId, DECIDED.plusSeconds(3600)));
		this.feed.publish("91", this.needId, need(this.needId, this.caseId, "91", "30406", DECIDED));

		WaitingChild need = this.children.find("91", this.needId).orElseThrow();
		assertThat(need.state()).isEqualTo(WaitingState.ENDED);
		assertThat(need.child()).as("the profile still fills in").isNotNull();
	}

	@Test
	void aHandoverToAnotherProvinceMovesTheNeedThere() {
		this.feed.publish("91", this.needId, need(this.needId, this.caseId, "91", "30406", DECIDED));
		this.feed.publish("91", this.caseId, handedOver(this.caseId, "79", "26740", DECIDED.plusSeconds(86_400)));

		assertThat(this.children.find("91", this.needId)).isEmpty();
		assertThat(this.children.waiting("91", null)).extracting(WaitingChild::needId).doesNotContain(this.needId);
		WaitingChild moved = this.children.find("79", this.needId).orElseThrow();
		assertThat(moved.communeCode()).isEqualTo("26740");
		assertThat(moved.decidedInCommuneCode()).isEqualTo("30406");
		assertThat(this.children.waiting("79", "26740")).extracting(WaitingChild::needId).containsExactly(this.needId);
	}

	@Test
	void aNeedReadAfterTheHandoverOfItsCaseLandsWhereTheCaseIsNow() {
		this.feed.publish("79", this.caseId, handedOver(this.caseId, "79", "26740", DECIDED.plusSeconds(86_400)));
		this.feed.publish("91", this.needId, need(this.needId, this.caseId, "91", "30406", DECIDED));

		assertThat(this.children.find("91", this.needId)).isEmpty();
		assertThat(this.children.find("79", this.needId)).get()
			.satisfies(moved -> assertThat(moved.communeCode()).isEqualTo("26740"));
	}

	@Test
	void aHandoverOlderThanTheNeedDoesNotMoveIt() {
		this.feed.publish("91", this.caseId, handedOver(this.caseId, "91", "30410", DECIDED.minusSeconds(86_400)));
		this.feed.publish("91", this.needId, need(this.needId, this.caseId, "91", "30406", DECIDED));

		assertThat(this.children.find("91", this.needId)).get()
			.satisfies(need -> assertThat(need.communeCode()).isEqualTo("30406"));
	}

	@Test
	void aRedeliveredNeedTakesEffectOnce() {
		String eventId = "evt-" + UUID.randomUUID();
		this.feed.publish(eventId, "91", this.needId, need(this.needId, this.caseId, "91", "30406", DECIDED));
		this.feed.publish(eventId, "91", this.needId, need(this.needId, this.caseId, "91", "30410", DECIDED));

		assertThat(this.children.find("91", this.needId)).get()
			.satisfies(need -> assertThat(need.communeCode()).isEqualTo("30406"))
			.satisfies(need -> assertThat(need.lastEventId()).isEqualTo(eventId));
	}

	@Test
	void anEventWhoseHeaderNamesAnotherProvinceIsPoison() {
		assertThatThrownBy(
				() -> this.feed.publish("79", this.needId, need(this.needId, this.caseId, "91", "30406", DECIDED)))
			.isInstanceOf(PoisonEventException.class);
		assertThatThrownBy(() -> this.feed.publish("01", this.caseId, handedOver(this.caseId, "79", "26740", DECIDED)))
			.isInstanceOf(PoisonEventException.class);
		assertThat(this.children.find("91", this.needId)).isEmpty();
	}

	@Test
	void waitingListsPutTheLongestWaitingChildFirst() {
		String later = "need-" + UUID.randomUUID();
		this.feed.publish("91", later,
				need(later, "case-" + UUID.randomUUID(), "91", "30406", DECIDED.plusSeconds(60)));
		this.feed.publish("91", this.needId, need(this.needId, this.caseId, "91", "30406", DECIDED));

		assertThat(this.children.waiting("91", "30406")).extracting(WaitingChild::needId)
			.containsExactly(this.needId, later);
	}

}
