package org.kinbridge.cases.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.cases.referral.api.ReferralRevoked;
import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.platform.kafka.IntegrationEvent;

/**
 * The public form of a Form 01 report and of a handover: valid against their schemas, and
 * without what stays inside.
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

	@Test
	void aHandoverIsPublishedUnderTheNewOwnersProvinceValidAgainstItsSchema() {
		Acting sender = new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406",
				Instant.parse("2026-11-30T02:00:00Z"));
		Acting receiver = new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740",
				Instant.parse("2026-12-02T03:00:00Z"));
		CaseHandedOver handedOver = new CaseHandedOver("case-1", "referral-1", "91", "30406", "79", "26740",
				"Gia đình chuyển vào TP. Hồ Chí Minh.", "Nghị định 56/2017/NĐ-CP, Điều 10", sender, receiver);

		IntegrationEvent event = this.translator.translate(GenericEventMessage.asEventMessage(handedOver))
			.orElseThrow();

		assertThat(event.type()).isEqualTo(CaseHandedOverV1.TYPE);
		assertThat(event.subject()).isEqualTo("case-1");
		assertThat(event.province()).isEqualTo("79");
		JsonNode data = MAPPER.valueToTree(event.data());
		assertThat(ContractSchemas.errors(CaseHandedOverV1.TYPE, data)).isEmpty();
		assertThat(data.at("/fromProvinceCode").asText()).isEqualTo("91");
		assertThat(data.at("/toCommuneCode").asText()).isEqualTo("26740");
		assertThat(data.at("/handedOverAt").asText()).isEqualTo("2026-12-02T03:00:00Z");
		assertThat(data.at("/handedOverBy/userId").asText()).isEqualTo("officer.phutan");
		assertThat(data.toString()).doesNotContain("referral-1");
	}

	@Test
	void referralsThemselvesStayInside() {
		assertThat(this.translator.translate(GenericEventMessage
			.asEventMessage(new ReferralRevoked("case-1", "referral-1", "Gia đình đã tự đưa em đi khám.", new Acting(
					"officer.phutan", "COMMUNE_OFFICER", "91", "30406", Instant.parse("2026-11-30T02:00:00Z"))))))
			.isEmpty();
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
