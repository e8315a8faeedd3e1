package org.kinbridge.contracts;

import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypesTest {

	@Test
	void findsTheCaseReportByItsCloudEventsType() {
		EventType reportReceived = EventTypes.find("org.kinbridge.case.report-received.v1").orElseThrow();

		assertThat(reportReceived.dataClass()).isEqualTo(ReportReceivedV1.class);
		assertThat(reportReceived.topic()).isEqualTo("kinbridge.case.events.v1");
		assertThat(reportReceived.schemaResource())
			.isEqualTo("org/kinbridge/contracts/schemas/org.kinbridge.case.report-received.v1.schema.json");
		assertThat(reportReceived.sampleResource())
			.isEqualTo("org/kinbridge/contracts/samples/org.kinbridge.case.report-received.v1.json");
	}

	@Test
	void findsTheCaregiverRegistrationByItsDataClass() {
		EventType caregiverRegistered = EventTypes.forDataClass(CaregiverRegisteredV1.class).orElseThrow();

		assertThat(caregiverRegistered.type()).isEqualTo("org.kinbridge.family.caregiver-registered.v1");
		assertThat(caregiverRegistered.topic()).isEqualTo(Topics.FAMILY_EVENTS);
	}

	@Test
	void findsNothingForAnUnknownType() {
		assertThat(EventTypes.find("org.kinbridge.case.report-received.v2")).isEmpty();
		assertThat(EventTypes.forDataClass(String.class)).isEmpty();
	}

	@Test
	void everyTypeIsRegisteredOnceWithItsRecordsTypeConstantAndAKnownTopic() throws Exception {
		assertThat(EventTypes.all()).extracting(EventType::type).doesNotHaveDuplicates();
		assertThat(EventTypes.all()).extracting(EventType::dataClass).doesNotHaveDuplicates();
		for (EventType eventType : EventTypes.all()) {
			assertThat(eventType.dataClass().getField("TYPE").get(null)).isEqualTo(eventType.type());
			assertThat(eventType.type()).startsWith("org.kinbridge.").matches(".*\\.v[0-9]+$");
			assertThat(Topics.all()).contains(eventType.topic());
		}
	}

}
