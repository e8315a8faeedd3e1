package org.kinbridge.contracts;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverCapacityChangedV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.contracts.family.CaregiverReinstatedV1;
import org.kinbridge.contracts.family.CaregiverRemovedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;
import org.kinbridge.contracts.family.PlacementRefusedV1;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The family events matching-service consumes: registered on the family topic, and their
 * schemas keep personal details out and capacities sane.
 */
class FamilyContractsTest {

	private static final EventType APPROVED = EventTypes.find(CaregiverApprovedV1.TYPE).orElseThrow();

	private static final EventType CAPACITY_CHANGED = EventTypes.find(CaregiverCapacityChangedV1.TYPE).orElseThrow();

	private static final EventType PLACEMENT_REFUSED = EventTypes.find(PlacementRefusedV1.TYPE).orElseThrow();

	@Test
	void everyFamilyEventIsPublishedOnTheFamilyTopic() {
		List<Class<?>> familyEvents = List.of(CaregiverRegisteredV1.class, CaregiverApprovedV1.class,
				CaregiverCapacityChangedV1.class, CaregiverSuspendedV1.class, CaregiverReinstatedV1.class,
				CaregiverRemovedV1.class, PlacementRefusedV1.class);

		assertThat(familyEvents).allSatisfy((dataClass) -> assertThat(EventTypes.forDataClass(dataClass))
			.hasValueSatisfying((eventType) -> assertThat(eventType.topic()).isEqualTo(Topics.FAMILY_EVENTS)));
	}

	@Test
	void anApprovalCannotCarryAnIdentityNumber() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(APPROVED);
		sample.put("identityNumber", "079182001234");

		assertThat(ContractJson.validate(APPROVED, sample)).isNotEmpty();
	}

	@Test
	void anApprovalCannotCarryTheApplicantsName() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(APPROVED);
		sample.put("fullName", "Néang Sô Phi");

		assertThat(ContractJson.validate(APPROVED, sample)).isNotEmpty();
	}

	@Test
	void acceptsANonRelativeApprovalWithoutKinCaseAndWithoutAgePreferences() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(APPROVED);
		sample.putNull("kinCaseId");
		ObjectNode preferences = (ObjectNode) sample.get("preferences");
		preferences.putNull("minAge");
		preferences.putNull("maxAge");

		assertThat(ContractJson.validate(APPROVED, sample)).isEmpty();
	}

	@Test
	void rejectsAnAgePreferenceBeyondChildhood() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(APPROVED);
		((ObjectNode) sample.get("preferences")).put("maxAge", 18);

		assertThat(ContractJson.validate(APPROVED, sample)).isNotEmpty();
	}

	@Test
	void rejectsNegativeFreeCapacity() {
		ObjectNode approved = (ObjectNode) ContractJson.sampleTree(APPROVED);
		approved.put("freeCapacity", -1);
		ObjectNode changed = (ObjectNode) ContractJson.sampleTree(CAPACITY_CHANGED);
		changed.put("freeCapacity", -1);

		assertThat(ContractJson.validate(APPROVED, approved)).isNotEmpty();
		assertThat(ContractJson.validate(CAPACITY_CHANGED, changed)).isNotEmpty();
	}

	@Test
	void rejectsAnUnknownCauseOfACapacityChange() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(CAPACITY_CHANGED);
		sample.put("cause", "GUESSED");

		assertThat(ContractJson.validate(CAPACITY_CHANGED, sample)).isNotEmpty();
	}

	@Test
	void acceptsACapacityChangeWithoutAPlacement() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(CAPACITY_CHANGED);
		sample.put("cause", "CAPACITY_CHANGED");
		sample.putNull("placementRef");

		assertThat(ContractJson.validate(CAPACITY_CHANGED, sample)).isEmpty();
	}

	@Test
	void rejectsAnUnknownReasonForRefusingAPlace() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(PLACEMENT_REFUSED);
		sample.put("reason", "BUSY");

		assertThat(ContractJson.validate(PLACEMENT_REFUSED, sample)).isNotEmpty();
	}

	@Test
	void acceptsARefusalBecauseTheCaregiverLeftTheRegister() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(PLACEMENT_REFUSED);
		sample.put("reason", "NOT_ON_REGISTER");

		assertThat(ContractJson.validate(PLACEMENT_REFUSED, sample)).isEmpty();
	}

	@Test
	void aRefusalCannotCarryTheCaregiversNameOrIdentityNumber() {
		ObjectNode named = (ObjectNode) ContractJson.sampleTree(PLACEMENT_REFUSED);
		named.put("fullName", "Néang Sô Phi");
		ObjectNode numbered = (ObjectNode) ContractJson.sampleTree(PLACEMENT_REFUSED);
		numbered.put("identityNumber", "079182001234");

		assertThat(ContractJson.validate(PLACEMENT_REFUSED, named)).isNotEmpty();
		assertThat(ContractJson.validate(PLACEMENT_REFUSED, numbered)).isNotEmpty();
	}

}
