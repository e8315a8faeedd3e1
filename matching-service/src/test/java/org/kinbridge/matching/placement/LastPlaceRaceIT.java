package org.kinbridge.matching.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.kinbridge.testkit.ReplicaRace;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.matching.placement.api.HoldPlace;
import org.kinbridge.matching.placement.api.PlaceHeld;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Two proposals for the last free place of one caregiver, on the real event store: from
 * two threads of one service, exactly one wins and the other is told why; from two
 * replicas that both decided to hold it, the event store refuses the second append.
 */
class LastPlaceRaceIT extends PlacementIntegration {

	private static final LocalDate BORN = LocalDate.now(VIETNAM).minusYears(9);

	@Autowired
	private EventStore eventStore;

	@Autowired
	private Configuration axon;

	@Autowired
	private CommandGateway commands;

	@Test
	void twoProposalsForTheLastPlaceFromTwoThreadsLetExactlyOneWin() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				String caregiverId = eligibleCaregiver(1);
				List<String> needs = List.of(waitingChild(BORN), waitingChild(BORN));
				CountDownLatch start = new CountDownLatch(1);
				List<Future<ResponseEntity<Map>>> results = new ArrayList<>();
				for (String needId : needs) {
					results.add(pool.submit(() -> {
						start.await();
						return propose(OFFICER, needId, caregiverId);
					}));
				}
				start.countDown();
				List<ResponseEntity<Map>> responses = new ArrayList<>();
				for (Future<ResponseEntity<Map>> result : results) {
					responses.add(result.get(30, TimeUnit.SECONDS));
				}

				assertThat(responses).filteredOn(response -> response.getStatusCode() == HttpStatus.CREATED).hasSize(1);
				assertThat(responses).filteredOn(response -> response.getStatusCode() != HttpStatus.CREATED)
					.singleElement()
					.satisfies(lost -> assertThat(lost.getStatusCode()).isEqualTo(HttpStatus.CONFLICT))
					.satisfies(lost -> assertThat((String) lost.getBody().get("detail")).contains("has no free place",
							"capacity 1"));
				assertThat(heldPlaces(caregiverId)).hasSize(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Two service instances each load the caregiver with one free place left and each
	 * hold it; the unique (aggregate id, sequence) index accepts the first append and
	 * refuses the second, so the second proposal fails instead of overbooking.
	 */
	@Test
	void theEventStoreRefusesTheSecondOfTwoReplicasHoldingTheLastPlace() throws Exception {
		String caregiverId = eligibleCaregiver(2);
		this.commands.sendAndWait(new HoldPlace(caregiverId, "91", "pl-first", "need-first", 2, acting()));
		ReplicaRace.Outcome outcome = ReplicaRace.of(CaregiverPlaces.class, this.eventStore, this.axon)
			.run(caregiverId, new HoldPlace(caregiverId, "91", "pl-a", "need-pl-a", 2, acting()),
					new HoldPlace(caregiverId, "91", "pl-b", "need-pl-b", 2, acting()));
		assertThat(outcome.first()).isEqualTo(ReplicaRace.COMMITTED);
		assertThat(outcome.second()).isInstanceOf(ConcurrencyException.class);
		assertThat(heldPlaces(caregiverId)).containsExactly("pl-first", "pl-a");
	}

	private List<String> heldPlaces(String caregiverId) {
		List<String> held = new ArrayList<>();
		this.eventStore.readEvents(caregiverId)
			.asStream()
			.filter(event -> event.getPayload() instanceof PlaceHeld)
			.forEach(event -> held.add(((PlaceHeld) event.getPayload()).placementId()));
		return held;
	}

	private static Acting acting() {
		return new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406", Instant.now());
	}

}
