package org.kinbridge.cases.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.closure.api.CaseReopened;
import org.kinbridge.cases.integration.CaseLocations.Location;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.referral.api.CaseHandedOver;

/**
 * A step is filed where the case was when the step was stored, however late it is
 * published: before a handover under the sender, after it under the receiver.
 */
class EventStoreCaseLocationsTest {

	private static final Acting SENDER = new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406",
			Instant.parse("2026-11-30T02:00:00Z"));

	private static final Acting RECEIVER = new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740",
			Instant.parse("2026-12-02T03:00:00Z"));

	private final EmbeddedEventStore store = EmbeddedEventStore.builder()
		.storageEngine(new InMemoryEventStorageEngine())
		.build();

	private final EventStoreCaseLocations locations = new EventStoreCaseLocations(this.store);

	@AfterEach
	void shutDown() {
		this.store.shutDown();
	}

	@Test
	void eachStepIsFiledUnderTheOwnerOfTheCaseWhenItWasStoredEvenAfterALaterHandover() {
		store(0, IntakeSamples.reportReceived("case-1"));
		store(1, new CaseReopened("case-1", "Có báo cáo mới.", "UNDER_MONITORING", SENDER));

		Location before = this.locations.of("case-1", 1);
		store(2, new CaseHandedOver("case-1", "referral-1", "91", "30406", "79", "26740", "Chuyển nhà.", "Luật", SENDER,
				RECEIVER));
		store(3, new CaseReopened("case-1", "Có báo cáo mới.", "UNDER_MONITORING", RECEIVER));

		assertThat(before).isEqualTo(new Location("91", IntakeSamples.reportReceived("case-1").communeCode()));
		assertThat(this.locations.of("case-1", 3)).isEqualTo(new Location("79", "26740"));
		assertThat(this.locations.of("case-1", 1)).as("read again after the handover").isEqualTo(before);
	}

	@Test
	void aCaseWithoutAReportIsAnErrorThePublisherRetries() {
		assertThatIllegalStateException().isThrownBy(() -> this.locations.of("case-unknown", 0))
			.withMessageContaining("case-unknown");
	}

	private void store(long sequenceNumber, Object payload) {
		this.store.publish(new GenericDomainEventMessage<>("CaseFile", "case-1", sequenceNumber, payload));
	}

}
