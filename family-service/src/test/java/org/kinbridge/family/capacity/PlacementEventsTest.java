package org.kinbridge.family.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinbridge.family.caregiver.CaregiverSamples.COMMUNE;
import static org.kinbridge.family.caregiver.CaregiverSamples.ID;
import static org.kinbridge.family.caregiver.CaregiverSamples.NOW;
import static org.kinbridge.family.caregiver.CaregiverSamples.PROVINCE;
import static org.kinbridge.family.caregiver.CaregiverSamples.eligible;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.family.capacity.api.CapacityReleased;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.capacity.api.PlacementEndNoted;
import org.kinbridge.family.capacity.api.PlacementRefused;
import org.kinbridge.family.capacity.api.RefusalReason;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.vetting.FamilyVettingProperties;
import org.kinbridge.family.vetting.VettingRules;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.MessageKeys;
import org.kinbridge.platform.kafka.PoisonEventException;

/**
 * matching's placement events as the consumers hand them to the caregiver, on Axon with
 * an in-memory event store and the fixed clock of 28 November 2026: a redelivered
 * decision takes one place, an end that overtook its decision keeps the decision from
 * taking a place, the loser of the last place is refused in the chair's name, and what
 * cannot be ours is poison.
 */
class PlacementEventsTest {

	private static final ActorRef CHAIR = new ActorRef("chair.phutan", "COMMUNE_CHAIR");

	private static final ActorRef OFFICER = new ActorRef("officer.phutan", "COMMUNE_OFFICER");

	private Configuration axon;

	private PlacementDecidedHandler decided;

	private PlacementEndedHandler ended;

	private int deliveries;

	@BeforeEach
	void start() {
		this.axon = DefaultConfigurer.defaultConfiguration(false)
			.configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
			.configureAggregate(Caregiver.class)
			.registerComponent(VettingRules.class, c -> new VettingRules(new FamilyVettingProperties(Map.of())))
			.configureCorrelationDataProviders(
					c -> List.of(new SimpleCorrelationDataProvider(MessageKeys.ACTOR, MessageKeys.CAUSATION_ID)))
			.start();
		PlacementCommands commands = new PlacementCommands(this.axon.commandGateway(),
				Clock.fixed(NOW, ZoneOffset.UTC));
		this.decided = new PlacementDecidedHandler(commands);
		this.ended = new PlacementEndedHandler(commands);
	}

	@AfterEach
	void stop() {
		this.axon.shutdown();
	}

	@Test
	void aDecisionDeliveredTwiceTakesOnePlace() {
		given(eligible(2));
		decide("pl-1", "evt-1");
		decide("pl-1", "evt-1-republished");

		assertThat(payloads(CapacityReserved.class)).singleElement()
			.satisfies(reserved -> assertThat(reserved.placementRef()).isEqualTo("pl-1"));
	}

	@Test
	void anEndDeliveredTwiceGivesOnePlaceBack() {
		given(eligible(2));
		decide("pl-1", "evt-1");
		end("pl-1", "evt-2");
		end("pl-1", "evt-2-republished");

		assertThat(payloads(CapacityReleased.class)).hasSize(1);
		assertThat(payloads(PlacementEndNoted.class)).isEmpty();
	}

	@Test
	void anEndThatOvertookItsDecisionKeepsTheDecisionFromTakingAPlace() {
		given(eligible(1));
		end("pl-late", "evt-1");
		decide("pl-late", "evt-2");
		decide("pl-next", "evt-3");

		assertThat(payloads(PlacementEndNoted.class)).extracting(PlacementEndNoted::placementId)
			.containsExactly("pl-late");
		assertThat(payloads(CapacityReserved.class)).as("the last place stays free for the next placement")
			.extracting(CapacityReserved::placementRef)
			.containsExactly("pl-next");
		assertThat(payloads(PlacementRefused.class)).isEmpty();
	}

	@Test
	void theSecondPlacementForTheLastPlaceIsRefusedInTheNameOfTheChairWhoDecidedIt() {
		given(eligible(1));
		decide("pl-1", "evt-1");
		decide("pl-2", "evt-2");

		DomainEventMessage<?> refusal = events().stream()
			.filter(event -> event.getPayload() instanceof PlacementRefused)
			.findFirst()
			.orElseThrow();
		assertThat(refusal.getPayload())
			.isEqualTo(new PlacementRefused(ID, PROVINCE, COMMUNE, "pl-2", RefusalReason.NO_FREE_CAPACITY, "ELIGIBLE",
					1, 1, new Acting("chair.phutan", "COMMUNE_CHAIR", PROVINCE, null, NOW)));
		assertThat(refusal.getMetaData()).as("the public event's ce_actor and ce_causationid")
			.containsEntry(MessageKeys.ACTOR, "chair.phutan")
			.containsEntry(MessageKeys.CAUSATION_ID, "evt-2");
	}

	@Test
	void anEventWhoseHeaderAndDataDisagreeOnTheProvinceIsPoison() {
		given(eligible(1));
		PlacementDecidedV1 data = decision("pl-1");
		assertThatThrownBy(() -> this.decided.handle(data, envelope("evt-1", PlacementDecidedV1.TYPE, "79")))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("province 79 in its header but 91 in its data");
		assertThat(payloads(CapacityReserved.class)).isEmpty();
	}

	@Test
	void aPlacementWithAnotherProvincesCaregiverIsPoison() {
		given(eligible(1));
		PlacementDecidedV1 saigon = new PlacementDecidedV1("pl-1", "need-1", "case-1", "child-1", ID, "79", "26740",
				"NON_RELATIVE", "9/QĐ-UBND", "Phù hợp.", "Luật Trẻ em 2016", LocalDate.of(2026, 12, 5), NOW,
				new ActorRef("chair.saigon", "COMMUNE_CHAIR"));
		assertThatThrownBy(() -> this.decided.handle(saigon, envelope("evt-1", PlacementDecidedV1.TYPE, "79")))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("not a caregiver of province 79");
		assertThat(payloads(CapacityReserved.class)).isEmpty();
	}

	@Test
	void aDecisionByAnUnknownRoleIsPoison() {
		given(eligible(1));
		PlacementDecidedV1 data = new PlacementDecidedV1("pl-1", "need-1", "case-1", "child-1", ID, PROVINCE, COMMUNE,
				"NON_RELATIVE", "125/QĐ-UBND", "Phù hợp.", "Luật Trẻ em 2016", LocalDate.of(2026, 12, 3), NOW,
				new ActorRef("chair.phutan", "VILLAGE_HEAD"));
		assertThatThrownBy(() -> this.decided.handle(data, envelope("evt-1", PlacementDecidedV1.TYPE, PROVINCE)))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("unknown role VILLAGE_HEAD");
	}

	@Test
	void aPlacementWithAnUnknownCaregiverIsPoison() {
		PlacementDecidedV1 data = decision("pl-1");
		assertThatThrownBy(() -> this.decided.handle(data, envelope("evt-1", PlacementDecidedV1.TYPE, PROVINCE)))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining(ID);
	}

	// Steps

	private void given(List<Object> events) {
		List<DomainEventMessage<?>> stored = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			stored.add(new GenericDomainEventMessage<>("Caregiver", ID, i, events.get(i)));
		}
		this.axon.eventStore().publish(stored);
	}

	private void decide(String placementId, String eventId) {
		this.decided.handle(decision(placementId), envelope(eventId, PlacementDecidedV1.TYPE, PROVINCE));
	}

	private void end(String placementId, String eventId) {
		this.ended.handle(new PlacementEndedV1(placementId, "need-1", "case-1", "child-1", ID, PROVINCE, COMMUNE,
				"RETURNED_TO_PARENTS", "Luật Trẻ em 2016, Điều 69", null, LocalDate.of(2026, 11, 27), NOW, OFFICER),
				envelope(eventId, PlacementEndedV1.TYPE, PROVINCE));
	}

	private static PlacementDecidedV1 decision(String placementId) {
		return new PlacementDecidedV1(placementId, "need-1", "case-1", "child-1", ID, PROVINCE, COMMUNE, "NON_RELATIVE",
				"125/QĐ-UBND", "Phù hợp với trẻ.", "Luật Trẻ em 2016, Điều 62, 63", LocalDate.of(2026, 12, 3), NOW,
				CHAIR);
	}

	private IncomingIntegrationEvent envelope(String eventId, String type, String province) {
		this.deliveries++;
		return new IncomingIntegrationEvent(eventId, type, "/kinbridge/matching-service", "pl", NOW, province,
				"someone", "corr-" + this.deliveries, null);
	}

	private List<DomainEventMessage<?>> events() {
		return this.axon.eventStore().readEvents(ID).asStream().<DomainEventMessage<?>>map(event -> event).toList();
	}

	private <T> List<T> payloads(Class<T> type) {
		return events().stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
	}

}
