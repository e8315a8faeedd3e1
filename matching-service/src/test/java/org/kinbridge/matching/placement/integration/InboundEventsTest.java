package org.kinbridge.matching.placement.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.EventType;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.Topics;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.family.CaregiverReinstatedV1;
import org.kinbridge.contracts.family.CaregiverRemovedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;
import org.kinbridge.contracts.family.PlacementRefusedV1;
import org.kinbridge.matching.EventFeed;
import org.kinbridge.matching.InMemoryMongo;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.matching.placement.api.AlternativeCareNeedEnded;
import org.kinbridge.matching.placement.api.OutsideChange;
import org.kinbridge.matching.placement.api.RecordCaregiverStanding;
import org.kinbridge.matching.placement.api.RespondToOutsideChange;
import org.kinbridge.matching.placement.api.Standing;
import org.kinbridge.platform.kafka.IntegrationEventHandler;
import org.kinbridge.platform.kafka.MessageKeys;
import org.kinbridge.platform.kafka.PoisonEventException;
import org.mockito.ArgumentCaptor;

/**
 * family- and case-service's events through the platform's listener into the placement
 * process: each becomes a command or a stored event, acting as the other service's actor
 * and naming the event as its cause; an event that crosses provinces or names a placement
 * matching does not hold is poison.
 */
class InboundEventsTest {

	private static final Instant NOW = Instant.parse("2026-12-12T01:00:00Z");

	private static final ActorRef CHAIR = new ActorRef("chair.phutan", "COMMUNE_CHAIR");

	private static final Acting AS_CHAIR = new Acting("chair.phutan", "COMMUNE_CHAIR", "91", null, NOW);

	private final CommandGateway commands = mock(CommandGateway.class);

	private final EventGateway events = mock(EventGateway.class);

	private EventFeed feed;

	/** The types some handler of this test takes. */
	private static final Set<String> FOLLOWED = Set.of(CaregiverSuspendedV1.TYPE, CaregiverReinstatedV1.TYPE,
			CaregiverRemovedV1.TYPE, PlacementRefusedV1.TYPE, AlternativeCareNeedEndedV1.TYPE);

	@BeforeEach
	void handlers() {
		InboundCommands inbound = new InboundCommands(this.commands, this.events, Clock.fixed(NOW, ZoneOffset.UTC));
		CaregiverStandingHandlers standing = new CaregiverStandingHandlers();
		List<IntegrationEventHandler<?>> handlers = List.of(standing.suspensionStopsPlacements(inbound),
				standing.reinstatementFreesHolds(inbound), standing.removalStopsPlacements(inbound),
				new PlacementRefusedHandler(inbound), new NeedEndedHandler(inbound));
		this.feed = new EventFeed(InMemoryMongo.freshDatabase("inbound"), handlers);
	}

	@Test
	void theStepsOfCasesAndCaregiversThatMatchingDoesNotFollowAreTakenQuietly() throws IOException {
		for (EventType type : EventTypes.all()) {
			boolean caseOrFamily = Topics.CASE_EVENTS.equals(type.topic()) || Topics.FAMILY_EVENTS.equals(type.topic());
			if (caseOrFamily && !FOLLOWED.contains(type.type())) {
				try (InputStream sample = type.openSample()) {
					this.feed.publishRaw("evt-" + type.type(), type.type(), "91", "subject-1",
							new String(sample.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}

		verifyNoInteractions(this.commands, this.events);
	}

	@Test
	void aSuspensionIsRecordedOnTheCaregiversPlacesAsFamilyServicesActor() {
		String eventId = this.feed.publish("91", "cg-1", new CaregiverSuspendedV1("cg-1", "91", "30406", NOW, CHAIR));

		CommandMessage<?> sent = sentCommand();
		assertThat(sent.getPayload())
			.isEqualTo(new RecordCaregiverStanding("cg-1", "91", Standing.SUSPENDED, AS_CHAIR));
		assertThat(sent.getMetaData()).containsEntry(MessageKeys.CAUSATION_ID, eventId);
	}

	@Test
	void aReinstatementAndARemovalAreRecordedToo() {
		this.feed.publish("91", "cg-1", new CaregiverReinstatedV1("cg-1", "91", "30406", NOW, CHAIR));
		assertThat(sentCommand().getPayload())
			.isEqualTo(new RecordCaregiverStanding("cg-1", "91", Standing.ELIGIBLE, AS_CHAIR));
		this.feed.publish("91", "cg-2", new CaregiverRemovedV1("cg-2", "91", "30406", NOW, CHAIR));
		assertThat(sentCommand().getPayload())
			.isEqualTo(new RecordCaregiverStanding("cg-2", "91", Standing.REMOVED, AS_CHAIR));
	}

	@Test
	void aRefusedPlaceStopsThePlacementWithFamilyServicesReason() {
		this.feed.publish("91", "cg-1",
				new PlacementRefusedV1("cg-1", "91", "30406", "pl-1", "NO_FREE_CAPACITY", NOW, CHAIR));

		RespondToOutsideChange sent = (RespondToOutsideChange) sentCommand().getPayload();
		assertThat(sent.placementId()).isEqualTo("pl-1");
		assertThat(sent.change()).isEqualTo(OutsideChange.PLACE_REFUSED);
		assertThat(sent.detail()).contains("no free place", "NO_FREE_CAPACITY");
		assertThat(sent.by()).isEqualTo(AS_CHAIR);
	}

	@Test
	void aRefusalOfAPlacementMatchingDoesNotHoldIsPoison() {
		when(this.commands.sendAndWait(any())).thenThrow(new AggregateNotFoundException("pl-x", "not found"));

		assertThatThrownBy(() -> this.feed.publish("91", "cg-1",
				new PlacementRefusedV1("cg-1", "91", "30406", "pl-x", "NOT_ON_REGISTER", NOW, CHAIR)))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("names what matching does not hold");
	}

	@Test
	void anEventWhoseHeaderAndDataNameDifferentProvincesIsPoison() {
		assertThatThrownBy(
				() -> this.feed.publish("79", "cg-1", new CaregiverSuspendedV1("cg-1", "91", "30406", NOW, CHAIR)))
			.isInstanceOf(PoisonEventException.class)
			.hasMessageContaining("province 79 in its header but 91 in its data");
	}

	@Test
	void anEndedNeedIsStoredForTheSagasOfItsProposals() {
		String eventId = this.feed.publish("91", "need-1", new AlternativeCareNeedEndedV1("need-1", "case-1", "child-1",
				"91", "30406", "RETURNED_TO_FAMILY", null, NOW, CHAIR));

		ArgumentCaptor<EventMessage<?>> published = ArgumentCaptor.forClass(EventMessage.class);
		verify(this.events).publish(published.capture());
		assertThat(published.getValue().getPayload()).isEqualTo(
				new AlternativeCareNeedEnded("need-1", "case-1", "91", "30406", "RETURNED_TO_FAMILY", null, AS_CHAIR));
		assertThat(published.getValue().getMetaData()).containsEntry(MessageKeys.CAUSATION_ID, eventId);
	}

	private CommandMessage<?> sentCommand() {
		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands, atLeastOnce()).sendAndWait(sent.capture());
		return (CommandMessage<?>) sent.getValue();
	}

}
