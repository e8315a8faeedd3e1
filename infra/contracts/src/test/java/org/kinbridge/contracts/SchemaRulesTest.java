package org.kinbridge.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spot checks that the schemas enforce their formats and value sets, not only their field
 * names.
 */
class SchemaRulesTest {

	private static final EventType REPORT_RECEIVED = EventTypes.find(ReportReceivedV1.TYPE).orElseThrow();

	private static final EventType CAREGIVER_REGISTERED = EventTypes.find(CaregiverRegisteredV1.TYPE).orElseThrow();

	@Test
	void rejectsAReceivedAtThatIsNotAnRfc3339DateTime() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(REPORT_RECEIVED);
		sample.put("receivedAt", "28/11/2026 08:30");

		assertThat(ContractJson.validate(REPORT_RECEIVED, sample)).extracting(ValidationMessage::getMessage)
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains("/receivedAt", "RFC 3339 date-time");
	}

	@Test
	void rejectsAChildDateOfBirthThatIsNotADate() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(REPORT_RECEIVED);
		((ObjectNode) sample.withArray("children").get(0)).put("dateOfBirth", "2016-02-30");

		assertThat(ContractJson.validate(REPORT_RECEIVED, sample)).extracting(ValidationMessage::getMessage)
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains("/children/0/dateOfBirth", "RFC 3339 full-date");
	}

	@Test
	void rejectsAnUnknownIntakeChannel() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(REPORT_RECEIVED);
		sample.put("channel", "FAX");

		assertThat(ContractJson.validate(REPORT_RECEIVED, sample)).isNotEmpty();
	}

	@Test
	void acceptsAChildWhoseAgeIsUnknown() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(REPORT_RECEIVED);
		ObjectNode child = (ObjectNode) sample.withArray("children").get(0);
		child.putNull("dateOfBirth");
		child.putNull("estimatedAge");

		assertThat(ContractJson.validate(REPORT_RECEIVED, sample)).isEmpty();
	}

	@Test
	void rejectsAChildsResidenceWithoutTheDayItsCodeWasValidOn() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(REPORT_RECEIVED);
		((ObjectNode) sample.withArray("children").get(0).get("residence")).remove("validOn");

		assertThat(ContractJson.validate(REPORT_RECEIVED, sample)).extracting(ValidationMessage::getMessage)
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains("validOn");
	}

	@Test
	void rejectsASubGroupThatIsNotQualifiedByItsGroup() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(REPORT_RECEIVED);
		((ObjectNode) sample.withArray("children").get(0).withArray("specialCircumstances").get(0)).put("subGroup",
				"ONE_PARENT_DEAD_OTHER_MISSING");

		assertThat(ContractJson.validate(REPORT_RECEIVED, sample)).isNotEmpty();
	}

	@Test
	void rejectsAnEstimatedAgeOfAnAdult() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(REPORT_RECEIVED);
		((ObjectNode) sample.withArray("children").get(1)).put("estimatedAge", 18);

		assertThat(ContractJson.validate(REPORT_RECEIVED, sample)).isNotEmpty();
	}

	@Test
	void rejectsANullableFieldThatIsLeftOut() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(REPORT_RECEIVED);
		sample.remove("siblingGroupId");

		assertThat(ContractJson.validate(REPORT_RECEIVED, sample)).isNotEmpty();
	}

	@Test
	void rejectsACaregiverWithoutCapacity() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(CAREGIVER_REGISTERED);
		sample.put("capacity", 0);

		assertThat(ContractJson.validate(CAREGIVER_REGISTERED, sample)).isNotEmpty();
	}

	@Test
	void rejectsACommuneCodeOfTheWrongLength() {
		ObjectNode sample = (ObjectNode) ContractJson.sampleTree(CAREGIVER_REGISTERED);
		sample.put("communeCode", "3040");

		assertThat(ContractJson.validate(CAREGIVER_REGISTERED, sample)).isNotEmpty();
	}

}
