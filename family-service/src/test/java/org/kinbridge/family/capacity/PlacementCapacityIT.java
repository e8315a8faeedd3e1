package org.kinbridge.family.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.kinbridge.testkit.ReplicaRace;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.Topics;
import org.kinbridge.contracts.family.CaregiverCapacityChangedV1;
import org.kinbridge.contracts.family.PlacementRefusedV1;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.family.FamilyServiceItSupport;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.capacity.api.PlacementRefused;
import org.kinbridge.family.capacity.api.ReserveCapacityForPlacement;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Places that follow matching's placements, on a real Kafka broker and the MongoDB wire
 * server: two decisions for the last place, delivered through Kafka, from two threads at
 * once and through two service instances, take it once and refuse the other; an ended
 * placement gives its place back; and a place taken by hand is a reasoned correction of
 * the province.
 */
class PlacementCapacityIT extends FamilyServiceItSupport {

	private static final ActorRef DECIDING_CHAIR = new ActorRef("chair.phutan", "COMMUNE_CHAIR");

	@Autowired
	private EventStore eventStore;

	@Autowired
	private Configuration axon;

	@Autowired
	private PlacementDecidedHandler decidedHandler;

	@Test
	void twoDecisionsForTheLastPlaceOnKafkaTakeItOnceAndRefuseTheOther() throws Exception {
		String caregiverId = eligibleCaregiver("Nguyễn Thị Lan", 1);
		produce(Topics.MATCHING_EVENTS, PlacementDecidedV1.TYPE, "pl-kafka-a", "91",
				decided("pl-kafka-a", caregiverId));
		produce(Topics.MATCHING_EVENTS, PlacementDecidedV1.TYPE, "pl-kafka-b", "91",
				decided("pl-kafka-b", caregiverId));

		ConsumerRecord<String, String> refusedRecord = awaitPublished(caregiverId, PlacementRefusedV1.TYPE);
		PlacementRefusedV1 refused = this.objectMapper.readValue(refusedRecord.value(), PlacementRefusedV1.class);
		assertThat(refused.reason()).isEqualTo("NO_FREE_CAPACITY");
		assertThat(refused.refusedBy()).isEqualTo(DECIDING_CHAIR);
		assertThat(header(refusedRecord, "ce_actor")).isEqualTo("chair.phutan");
		assertThat(header(refusedRecord, "ce_subject")).isEqualTo(caregiverId);
		assertThat(header(refusedRecord, "ce_causationid")).startsWith("evt-");
		List<CaregiverCapacityChangedV1> taken = placesTakenUpToTheRefusal(caregiverId);
		assertThat(taken).singleElement().satisfies(change -> {
			assertThat(change.freeCapacity()).isZero();
			assertThat(List.of(change.placementRef(), refused.placementId())).containsExactlyInAnyOrder("pl-kafka-a",
					"pl-kafka-b");
		});
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(get(OFFICER, file(caregiverId)).getBody()).containsEntry("placed", 1).containsEntry("free", 0);
			assertThat(history(caregiverId))
				.anySatisfy(entry -> assertThat(entry).containsEntry("what", "PLACEMENT_REFUSED"));
		});

		String winner = taken.get(0).placementRef();
		produce(Topics.MATCHING_EVENTS, PlacementEndedV1.TYPE, winner, "91", ended(winner, caregiverId));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(get(OFFICER, file(caregiverId)).getBody()).containsEntry("placed", 0)
				.containsEntry("free", 1));
	}

	@Test
	void twoThreadsDeliveringDecisionsForTheLastPlaceAtOnceTakeItOnceAndPublishOneRefusal() throws Exception {
		String caregiverId = eligibleCaregiver("Lâm Thị Hồng", 1);
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> deliveries = new ArrayList<>();
			for (String placement : List.of("pl-thread-a", "pl-thread-b")) {
				deliveries.add(pool.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					this.decidedHandler.handle(decided(placement, caregiverId), envelope(placement));
					return null;
				}));
			}
			for (Future<?> delivery : deliveries) {
				delivery.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(stored(caregiverId, CapacityReserved.class)).hasSize(1);
		assertThat(stored(caregiverId, PlacementRefused.class)).singleElement()
			.satisfies(refused -> assertThat(refused.by().userId()).isEqualTo("chair.phutan"));
		assertThat(placesTakenUpToTheRefusal(caregiverId)).singleElement()
			.satisfies(change -> assertThat(change.freeCapacity()).isZero());
	}

	/**
	 * Two service instances each load the caregiver with its last free place and each
	 * take it; the event store accepts the first append of the next version and refuses
	 * the second. The listener retries the loser's event, which then finds no place and
	 * is refused.
	 */
	@Test
	void theEventStoreRefusesTheSecondOfTwoInstancesTakingTheLastPlaceAndItsRetryIsRefused() throws Exception {
		String caregiverId = eligibleCaregiver("Phạm Văn Tâm", 1);
		Acting chair = new Acting("chair.phutan", "COMMUNE_CHAIR", "91", null, Instant.now());
		ReplicaRace.Outcome outcome = ReplicaRace.of(Caregiver.class, this.eventStore, this.axon)
			.run(caregiverId, new ReserveCapacityForPlacement(caregiverId, "placement-a", chair),
					new ReserveCapacityForPlacement(caregiverId, "placement-b", chair));
		assertThat(outcome.first()).isEqualTo(ReplicaRace.COMMITTED);
		assertThat(outcome.second()).isInstanceOf(ConcurrencyException.class);
		assertThat(stored(caregiverId, CapacityReserved.class)).extracting(CapacityReserved::placementRef)
			.containsExactly("placement-a");

		this.decidedHandler.handle(decided("placement-b", caregiverId), envelope("placement-b"));
		assertThat(stored(caregiverId, PlacementRefused.class)).extracting(PlacementRefused::placementId)
			.containsExactly("placement-b");
	}

	@Test
	void aPlaceIsTakenByHandOnlyByTheProvinceWithAReasonAndNeverTwiceForTheLastOne() throws Exception {
		String caregiverId = eligibleCaregiver("Sa Ly Ma", 1);
		Map<String, Object> correction = Map.of("placementRef", "legacy-0", "reason",
				"Trẻ được giao trước khi dùng KinBridge.");
		for (String token : List.of(OFFICER, CHAIR, AUDITOR, ANALYST, COLLABORATOR)) {
			assertThat(post(token, path(caregiverId, "/capacity/reservations"), correction).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(post(SAIGON_PROVINCE, path(caregiverId, "/capacity/reservations"), correction).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> unreasoned = post(PROVINCE, path(caregiverId, "/capacity/reservations"),
				Map.of("placementRef", "legacy-0"));
		assertThat(unreasoned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, Object>>) unreasoned.getBody().get("errors"))
			.extracting(error -> error.get("field"))
			.containsExactly("reason");

		int racers = 4;
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpStatusCode>> results = new ArrayList<>();
			for (int i = 0; i < racers; i++) {
				Map<String, Object> body = Map.of("placementRef", "legacy-" + i, "reason", "Trẻ được giao từ 2024.");
				results.add(pool.submit(() -> {
					start.await();
					return post(PROVINCE, path(caregiverId, "/capacity/reservations"), body).getStatusCode();
				}));
			}
			start.countDown();
			List<HttpStatusCode> statuses = new ArrayList<>();
			for (Future<HttpStatusCode> result : results) {
				statuses.add(result.get(30, TimeUnit.SECONDS));
			}
			assertThat(statuses).filteredOn(HttpStatusCode::is2xxSuccessful).hasSize(1);
			assertThat(statuses).filteredOn(status -> !status.is2xxSuccessful())
				.allMatch(status -> status.value() == 422 || status.value() == 409);
		}
		finally {
			pool.shutdownNow();
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(get(OFFICER, file(caregiverId)).getBody()).containsEntry("placed", 1).containsEntry("free", 0);
			assertThat(history(caregiverId))
				.anySatisfy(entry -> assertThat(entry).containsEntry("what", "PLACE_TAKEN_BY_HAND")
					.containsEntry("userId", "province.angiang"));
		});
		String held = ((List<String>) get(OFFICER, file(caregiverId)).getBody().get("placements")).get(0);
		ResponseEntity<Map> released = this.http.exchange(
				path(caregiverId, "/capacity/reservations/" + held + "?reason={reason}"), HttpMethod.DELETE,
				new HttpEntity<>(headers(PROVINCE)), Map.class, "Trẻ đã về với mẹ trước khi có KinBridge.");
		assertThat(released.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(released.getBody()).containsEntry("free", 1);
	}

	// Steps

	private static PlacementDecidedV1 decided(String placementId, String caregiverId) {
		return new PlacementDecidedV1(placementId, "need-1", "case-1", "child-1", caregiverId, "91", "30406",
				"NON_RELATIVE", "125/QĐ-UBND", "Phù hợp với trẻ.", "Luật Trẻ em 2016, Điều 62, 63", TODAY.plusDays(5),
				Instant.now(), DECIDING_CHAIR);
	}

	private static PlacementEndedV1 ended(String placementId, String caregiverId) {
		return new PlacementEndedV1(placementId, "need-1", "case-1", "child-1", caregiverId, "91", "30406",
				"RETURNED_TO_PARENTS", "Luật Trẻ em 2016, Điều 69", null, LocalDate.now(), Instant.now(),
				new ActorRef("officer.phutan", "COMMUNE_OFFICER"));
	}

	private static IncomingIntegrationEvent envelope(String placementId) {
		return new IncomingIntegrationEvent("evt-" + placementId, PlacementDecidedV1.TYPE,
				"/kinbridge/matching-service", placementId, Instant.now(), "91", "chair.phutan", null, null);
	}

	/**
	 * The places taken that were published before the caregiver's first refusal.
	 */
	private List<CaregiverCapacityChangedV1> placesTakenUpToTheRefusal(String caregiverId) throws Exception {
		List<CaregiverCapacityChangedV1> taken = new ArrayList<>();
		for (ConsumerRecord<String, String> record : publishedUpTo(caregiverId, PlacementRefusedV1.TYPE)) {
			if (CaregiverCapacityChangedV1.TYPE.equals(header(record, "ce_type"))) {
				CaregiverCapacityChangedV1 change = this.objectMapper.readValue(record.value(),
						CaregiverCapacityChangedV1.class);
				if ("PLACE_TAKEN".equals(change.cause())) {
					taken.add(change);
				}
			}
		}
		return taken;
	}

	private <T> List<T> stored(String caregiverId, Class<T> type) {
		List<T> found = new ArrayList<>();
		this.eventStore.readEvents(caregiverId)
			.asStream()
			.filter(event -> type.isInstance(event.getPayload()))
			.forEach(event -> found.add(type.cast(event.getPayload())));
		return found;
	}

}
