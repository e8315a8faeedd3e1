package org.kinbridge.cases.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.platform.kafka.IntegrationEvent;

/**
 * The public form of a Form 01 report: valid against its schema, and without what stays
 * inside.
 */
class CaseEventTranslatorTest {

	private static final JsonMapper MAPPER = ContractSchemas.MAPPER;

	private final CaseEventTranslator translator = new CaseEventTranslator();

	@Test
	void aReportAboutSiblingsIsPublishedValidAgainstTheContractSchema() {
		ReportReceived received = siblings();

		IntegrationEvent event = this.translator.translate(GenericEventMessage.asEventMessage(received)).orElseThrow();

		JsonNode data = MAPPER.valueToTree(event.data());
		assertThat(ContractSchemas.errors(ReportReceivedV1.TYPE, data)).isEmpty();
		assertThat(data.at("/children/0/residence/validOn").asText()).isEqualTo(IntakeSamples.RECEIVED_ON.toString());
		assertThat(data.at("/children/1/sex").asText()).isEqualTo("UNKNOWN");
	}

	@Test
	void theReporterTheSummaryTheIncidentPlaceAndDisabilityDetailsStayInside() {
		IntegrationEvent event = this.translator.translate(GenericEventMessage.asEventMessage(siblings()))
			.orElseThrow();

		String published = MAPPER.valueToTree(event.data()).toString();
		assertThat(published).doesNotContain("Trần Thị Lan", "0912 345 678", "Hai em ở nhà một mình", "incidentPlace",
				"Khiếm thính");
		assertThat(((ReportReceivedV1) event.data()).children().get(0).hasDisability()).isTrue();
	}

	private static ReportReceived siblings() {
		ReceiveReport.ReportedChild an = IntakeSamples.child("child-1", "Nguyễn Văn An", LocalDate.of(2016, 3, 2),
				null);
		ReceiveReport.ReportedChild withDisability = new ReceiveReport.ReportedChild(an.childId(), an.fullName(),
				an.sex(), an.dateOfBirth(), null, "KINH", "HOA_HAO", "vi", true, "Khiếm thính nhẹ", an.residence(),
				new ReceiveReport.AdministrativeUnitRef("30430", IntakeSamples.RECEIVED_ON), an.concerns(),
				List.of(new ReceiveReport.SpecialCircumstance("NO_ONE_TO_RELY_ON",
						"NO_ONE_TO_RELY_ON.ONE_PARENT_DEAD_OTHER_MISSING")));
		ReceiveReport.ReportedChild unknownSex = new ReceiveReport.ReportedChild("child-2", "Bé Gái", Sex.UNKNOWN, null,
				1, null, null, null, null, null, an.residence(), an.residence(), an.concerns(), List.of());
		return IntakeSamples.receive("case-1", List.of(withDisability, unknownSex)).received();
	}

}
