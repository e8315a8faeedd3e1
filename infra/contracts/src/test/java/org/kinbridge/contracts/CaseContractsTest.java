package org.kinbridge.contracts;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.contracts.cases.ReportReceivedV1;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case events other services consume: registered on the case topic, and the need for
 * alternative care carries a matching profile without names, identity numbers or
 * addresses.
 */
class CaseContractsTest {

	private static final EventType NEEDED = EventTypes.find(AlternativeCareNeededV1.TYPE).orElseThrow();

	private static final EventType NEED_ENDED = EventTypes.find(AlternativeCareNeedEndedV1.TYPE).orElseThrow();

	private static final EventType HANDED_OVER = EventTypes.find(CaseHandedOverV1.TYPE).orElseThrow();

	@Test
	void everyCaseEventIsPublishedOnTheCaseTopic() {
		List<Class<?>> caseEvents = List.of(ReportReceivedV1.class, AlternativeCareNeededV1.class,
				AlternativeCareNeedEndedV1.class, CaseHandedOverV1.class);

		assertThat(caseEvents).allSatisfy((dataClass) -> assertThat(EventTypes.forDataClass(dataClass))
			.hasValueSatisfying((eventType) -> assertThat(eventType.topic()).isEqualTo(Topics.CASE_EVENTS)));
	}

	@Test
	void aNeedCannotCarryTheChildsNameOrIdentityNumber() {
		ObjectNode named = (ObjectNode) ContractJson.sampleTree(NEEDED);
		((ObjectNode) named.get("child")).put("fullName", "Nguyễn Văn An");
		ObjectNode numbered = (ObjectNode) ContractJson.sampleTree(NEEDED);
		numbered.put("identityNumber", "091216001234");

		assertThat(ContractJson.validate(NEEDED, named)).isNotEmpty();
		assertThat(ContractJson.validate(NEEDED, numbered)).isNotEmpty();
	}

	@Test
	void aNeedCannotCarryARelativesNameOrAddress() {
		ObjectNode named = (ObjectNode) ContractJson.sampleTree(NEEDED);
		((ObjectNode) named.withArray("relatives").get(0)).put("fullName", "Trần Thị Hoa");
		ObjectNode addressed = (ObjectNode) ContractJson.sampleTree(NEEDED);
		((ObjectNode) addressed.withArray("relatives").get(0)).put("address", "ấp Phú Hữu, xã Phú Tân");

		assertThat(ContractJson.validate(NEEDED, named)).isNotEmpty();
		assertThat(ContractJson.validate(NEEDED, addressed)).isNotEmpty();
	}

	@Test
	void acceptsASingleChildUnderSevenWithoutKnownRelatives() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(NEEDED);
		sample.putNull("siblingGroupId");
		sample.putArray("siblings");
		sample.put("keepSiblingsTogether", false);
		sample.putArray("relatives");
		((ObjectNode) sample.get("eligibility")).putNull("childOpinionObtained");

		assertThat(ContractJson.validate(NEEDED, sample)).isEmpty();
	}

	@Test
	void rejectsANeedThatSeeksNoKindOfCare() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(NEEDED);
		sample.putArray("careTypesSought");

		assertThat(ContractJson.validate(NEEDED, sample)).isNotEmpty();
	}

	@Test
	void rejectsAnEligibilityCategoryOutsideTheLaw() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(NEEDED);
		((ObjectNode) sample.get("eligibility")).put("category", "POVERTY");

		assertThat(ContractJson.validate(NEEDED, sample)).isNotEmpty();
	}

	@Test
	void rejectsAnUnknownReasonForEndingANeed() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(NEED_ENDED);
		sample.put("reason", "FORGOTTEN");

		assertThat(ContractJson.validate(NEED_ENDED, sample)).isNotEmpty();
	}

	@Test
	void acceptsANeedEndedForAnotherReasonWithANote() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(NEED_ENDED);
		sample.put("reason", "OTHER");
		sample.put("note", "The child moved abroad with the mother.");

		assertThat(ContractJson.validate(NEED_ENDED, sample)).isEmpty();
	}

	@Test
	void rejectsAHandoverToACommuneCodeOfTheWrongLength() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(HANDED_OVER);
		sample.put("toCommuneCode", "2674");

		assertThat(ContractJson.validate(HANDED_OVER, sample)).isNotEmpty();
	}

	@Test
	void aHandoverCannotCarryTheChildsName() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(HANDED_OVER);
		sample.put("childName", "Nguyễn Văn An");

		assertThat(ContractJson.validate(HANDED_OVER, sample)).isNotEmpty();
	}

}
