package org.kinbridge.contracts;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposalClosedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placement events: registered on the matching topic, each naming the placement, the
 * need, the child and the caregiver, and none able to carry a name.
 */
class MatchingContractsTest {

	private static final List<Class<?>> MATCHING_EVENTS = List.of(PlacementProposedV1.class,
			PlacementProposalClosedV1.class, PlacementDecidedV1.class, PlacementStartedV1.class,
			PlacementEndedV1.class);

	private static final EventType PROPOSED = EventTypes.find(PlacementProposedV1.TYPE).orElseThrow();

	private static final EventType PROPOSAL_CLOSED = EventTypes.find(PlacementProposalClosedV1.TYPE).orElseThrow();

	private static final EventType DECIDED = EventTypes.find(PlacementDecidedV1.TYPE).orElseThrow();

	private static final EventType STARTED = EventTypes.find(PlacementStartedV1.TYPE).orElseThrow();

	private static final EventType ENDED = EventTypes.find(PlacementEndedV1.TYPE).orElseThrow();

	static Stream<Named<EventType>> matchingEventTypes() {
		return Stream.of(PROPOSED, PROPOSAL_CLOSED, DECIDED, STARTED, ENDED)
			.map((eventType) -> Named.of(eventType.type(), eventType));
	}

	@Test
	void everyMatchingEventIsPublishedOnTheMatchingTopic() {
		assertThat(MATCHING_EVENTS).allSatisfy((dataClass) -> assertThat(EventTypes.forDataClass(dataClass))
			.hasValueSatisfying((eventType) -> assertThat(eventType.topic()).isEqualTo(Topics.MATCHING_EVENTS)));
	}

	@ParameterizedTest
	@MethodSource("matchingEventTypes")
	void everyMatchingEventNamesThePlacementTheNeedTheChildTheCaregiverAndTheCommune(EventType eventType) {
		JsonNode required = ContractJson.schemaTree(eventType).path("required");

		assertThat(required).extracting(JsonNode::asText)
			.contains("placementId", "needId", "caseId", "childId", "caregiverId", "provinceCode", "communeCode");
	}

	@ParameterizedTest
	@MethodSource("matchingEventTypes")
	void noMatchingEventCanCarryANameOrAnIdentityNumber(EventType eventType) {
		ObjectNode named = (ObjectNode) ContractJson.sampleTree(eventType);
		named.put("childName", "Nguyễn Văn An");
		ObjectNode numbered = (ObjectNode) ContractJson.sampleTree(eventType);
		numbered.put("caregiverIdentityNumber", "091182001234");

		assertThat(ContractJson.validate(eventType, named)).isNotEmpty();
		assertThat(ContractJson.validate(eventType, numbered)).isNotEmpty();
	}

	@Test
	void rejectsAProposalWithoutAnExplanation() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(PROPOSED);
		sample.putArray("explanation");

		assertThat(ContractJson.validate(PROPOSED, sample)).isNotEmpty();
	}

	@Test
	void rejectsAScoreAboveOneHundredAndARankBelowOne() {
		ObjectNode overScored = (ObjectNode) ContractJson.sampleTree(PROPOSED);
		overScored.put("score", 101);
		ObjectNode unranked = (ObjectNode) ContractJson.sampleTree(PROPOSED);
		unranked.put("rank", 0);

		assertThat(ContractJson.validate(PROPOSED, overScored)).isNotEmpty();
		assertThat(ContractJson.validate(PROPOSED, unranked)).isNotEmpty();
	}

	@Test
	void acceptsAProposalClosedBecauseFamilyServiceRefusedThePlace() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(PROPOSAL_CLOSED);
		sample.put("outcome", "CAPACITY_REFUSED");

		assertThat(ContractJson.validate(PROPOSAL_CLOSED, sample)).isEmpty();
	}

	@Test
	void rejectsAnUnknownOutcomeOfAProposal() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(PROPOSAL_CLOSED);
		sample.put("outcome", "EXPIRED");

		assertThat(ContractJson.validate(PROPOSAL_CLOSED, sample)).isNotEmpty();
	}

	@Test
	void aDecidedPlacementNeedsTheDayTheHandoverIsDue() {
		ObjectNode withoutDay = (ObjectNode) ContractJson.sampleTree(DECIDED);
		withoutDay.putNull("handoverDueOn");
		ObjectNode withoutField = (ObjectNode) ContractJson.sampleTree(DECIDED);
		withoutField.remove("handoverDueOn");

		assertThat(ContractJson.validate(DECIDED, withoutDay)).isNotEmpty();
		assertThat(ContractJson.validate(DECIDED, withoutField)).isNotEmpty();
	}

	@Test
	void aDecidedPlacementNeedsTheNumberOfTheDecision() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(DECIDED);
		sample.put("decisionNumber", "");

		assertThat(ContractJson.validate(DECIDED, sample)).isNotEmpty();
	}

	@Test
	void rejectsAStartDayThatIsNotADate() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(STARTED);
		sample.put("startedOn", "18/12/2026");

		assertThat(ContractJson.validate(STARTED, sample)).isNotEmpty();
	}

	@Test
	void rejectsAnEndedPlacementWhoseReasonIsNotInTheList() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(ENDED);
		sample.put("reason", "MOVED_AWAY");

		assertThat(ContractJson.validate(ENDED, sample)).isNotEmpty();
	}

	@Test
	void acceptsAPlacementEndedBecauseItsHandoverWasCancelledWithANote() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(ENDED);
		sample.put("reason", "HANDOVER_CANCELLED");
		sample.put("note", "The child's mother came back before the handover.");

		assertThat(ContractJson.validate(ENDED, sample)).isEmpty();
	}

	@Test
	void acceptsAPlacementEndedThatDoesNotSayWhetherTheChildWaitsAgainAndReadsItAsNotSaid() throws Exception {
		ObjectNode published = (ObjectNode) ContractJson.sampleTree(ENDED);
		published.remove("anotherFormOfCareNeeded");
		ObjectNode saidNull = (ObjectNode) ContractJson.sampleTree(ENDED);
		saidNull.putNull("anotherFormOfCareNeeded");

		assertThat(ContractJson.validate(ENDED, published)).isEmpty();
		assertThat(ContractJson.validate(ENDED, saidNull)).isEmpty();
		assertThat(ContractJson.MAPPER.treeToValue(published, PlacementEndedV1.class).anotherFormOfCareNeeded())
			.isNull();
	}

	@Test
	void rejectsAnEndedPlacementWhoseFlagIsNotABoolean() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(ENDED);
		sample.put("anotherFormOfCareNeeded", "yes");

		assertThat(ContractJson.validate(ENDED, sample)).isNotEmpty();
	}

}
