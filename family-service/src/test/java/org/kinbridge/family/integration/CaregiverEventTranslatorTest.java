package org.kinbridge.family.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinbridge.family.caregiver.CaregiverSamples.COMMUNE;
import static org.kinbridge.family.caregiver.CaregiverSamples.ID;
import static org.kinbridge.family.caregiver.CaregiverSamples.PROVINCE;
import static org.kinbridge.family.caregiver.CaregiverSamples.chair;
import static org.kinbridge.family.caregiver.CaregiverSamples.foundEligible;
import static org.kinbridge.family.caregiver.CaregiverSamples.officer;
import static org.kinbridge.family.caregiver.CaregiverSamples.registered;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinbridge.contracts.EventType;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverFoundIneligibleV1;
import org.kinbridge.contracts.family.VettingCheckRecordedV1;
import org.kinbridge.contracts.family.PlacementRefusedV1;
import org.kinbridge.family.capacity.api.CapacityChanged;
import org.kinbridge.family.capacity.api.CapacityCorrected;
import org.kinbridge.family.capacity.api.CapacityReleased;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.capacity.api.PlacementEndNoted;
import org.kinbridge.family.capacity.api.PlacementRefused;
import org.kinbridge.family.capacity.api.RefusalReason;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.decision.api.CaregiverFoundIneligible;
import org.kinbridge.family.decision.api.RegistrationWithdrawn;
import org.kinbridge.family.standing.api.CaregiverReinstated;
import org.kinbridge.family.standing.api.CaregiverRemoved;
import org.kinbridge.family.standing.api.CaregiverSuspended;
import org.kinbridge.family.standing.api.RemovalReason;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.CheckOutcome;
import org.kinbridge.family.vetting.api.CounsellingKind;
import org.kinbridge.family.vetting.api.CounsellingOffered;
import org.kinbridge.family.vetting.api.Evidence;
import org.kinbridge.family.vetting.api.ForeignResidence;
import org.kinbridge.family.vetting.api.VettingCheckRecorded;
import org.kinbridge.family.vetting.api.Subjects;
import org.kinbridge.family.caregiver.CaregiverSamples;
import org.kinbridge.platform.kafka.IntegrationEvent;

/**
 * The producer side of the family contracts: what the translator publishes validates
 * against the JSON Schema of its type, and carries no personal details matching does not
 * need.
 */
class CaregiverEventTranslatorTest {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final CaregiverEventTranslator translator = new CaregiverEventTranslator(
			(caregiverId) -> new CaregiverHomes.Home(PROVINCE, COMMUNE));

	static Stream<Named<Object>> publishedEvents() {
		return Stream.of(Named.of("registered", registered()),
				Named.of("found eligible", foundEligible(registered(), chair())),
				Named.of("place taken", new CapacityReserved(ID, PROVINCE, COMMUNE, "placement-1", 2, 1, officer())),
				Named.of("place released", new CapacityReleased(ID, PROVINCE, COMMUNE, "placement-1", 2, 0, officer())),
				Named.of("placement refused",
						new PlacementRefused(ID, PROVINCE, COMMUNE, "pl-2", RefusalReason.NO_FREE_CAPACITY, "ELIGIBLE",
								1, 1, chair())),
				Named.of("capacity changed",
						new CapacityChanged(ID, PROVINCE, COMMUNE, 3, 1, "Nhà rộng hơn.", officer())),
				Named.of("suspended",
						new CaregiverSuspended(ID, PROVINCE, COMMUNE, "Đang điều tra.", "Luật", officer())),
				Named.of("reinstated", new CaregiverReinstated(ID, PROVINCE, COMMUNE, "Xong.", "Luật", chair())),
				Named.of("removed",
						new CaregiverRemoved(ID, PROVINCE, COMMUNE, RemovalReason.HARMED_A_CHILD, "Bạo hành trẻ.",
								"Luật Trẻ em 2016, Điều 69", "SUSPENDED", chair())),
				Named.of("vetting check passed",
						CaregiverSamples.passed(CheckKind.HEALTH_CERTIFICATE, Subjects.APPLICANT,
								CaregiverSamples.TODAY)),
				Named.of("vetting check failed", failedJudicialRecordOfMember()),
				Named.of("found ineligible",
						new CaregiverFoundIneligible(ID, null, "Tiền án.", "Luật Trẻ em 2016, Điều 63", chair())),
				Named.of("withdrawn", new RegistrationWithdrawn(ID, "Chuyển đi tỉnh khác.", officer())));
	}

	@ParameterizedTest
	@MethodSource("publishedEvents")
	void thePublishedDataValidatesAgainstTheSchemaOfItsType(Object internal) throws IOException {
		IntegrationEvent published = this.translator.translate(GenericEventMessage.asEventMessage(internal))
			.orElseThrow();
		EventType type = EventTypes.find(published.type()).orElseThrow();
		JsonNode data = JSON.valueToTree(published.data());

		assertThat(published.subject()).isEqualTo(ID);
		assertThat(published.province()).isEqualTo(PROVINCE);
		assertThat(type.dataClass()).isEqualTo(published.data().getClass());
		assertThat(validate(type, data)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("publishedEvents")
	void noIdentityNumberPhoneOrReasonLeavesTheService(Object internal) throws IOException {
		String data = JSON.writeValueAsString(
				this.translator.translate(GenericEventMessage.asEventMessage(internal)).orElseThrow().data());

		assertThat(data).doesNotContain(CaregiverSamples.APPLICANT.identityNumber(), "0912345678", "Trần Văn Nam",
				"Đang điều tra", "Bạo hành", "HARMED_A_CHILD");
	}

	@Test
	void theApprovalCarriesTheMatchingProfileWithoutNames() {
		CaregiverApprovedV1 approved = (CaregiverApprovedV1) this.translator
			.translate(GenericEventMessage.asEventMessage(foundEligible(registered(), chair())))
			.orElseThrow()
			.data();

		assertThat(approved.applicantSex()).isEqualTo("FEMALE");
		assertThat(approved.applicantDateOfBirth()).isEqualTo(CaregiverSamples.APPLICANT.dateOfBirth());
		assertThat(approved.householdSize()).isEqualTo(4);
		assertThat(approved.freeCapacity()).isEqualTo(2);
		assertThat(approved.preferences().needs()).containsExactly("DISABILITY");
		assertThat(approved.approvedBy().role()).isEqualTo("COMMUNE_CHAIR");
	}

	@Test
	void aRefusedPlacementNamesThePlacementTheReasonAndTheChairWhoDecidedIt() {
		PlacementRefusedV1 refused = (PlacementRefusedV1) this.translator
			.translate(GenericEventMessage.asEventMessage(new PlacementRefused(ID, PROVINCE, COMMUNE, "pl-2",
					RefusalReason.NOT_ON_REGISTER, "SUSPENDED", 2, 0, chair())))
			.orElseThrow()
			.data();

		assertThat(refused).isEqualTo(new PlacementRefusedV1(ID, PROVINCE, COMMUNE, "pl-2", "NOT_ON_REGISTER",
				chair().at(), new ActorRef("chair.phutan", "COMMUNE_CHAIR")));
	}

	@Test
	void correctionsAndEndsThatHeldNoPlaceStayInside() {
		assertThat(this.translator.translate(GenericEventMessage
			.asEventMessage(new CapacityCorrected(ID, PROVINCE, COMMUNE, "legacy-1", true, "Trẻ cũ.", officer()))))
			.isEmpty();
		assertThat(this.translator.translate(
				GenericEventMessage.asEventMessage(new PlacementEndNoted(ID, PROVINCE, COMMUNE, "pl-9", officer()))))
			.isEmpty();
	}

	@Test
	void aFailedCheckIsPublishedWithItsOutcomeNoteAndEvidenceReferenceButNotTheResidenceDates() {
		VettingCheckRecordedV1 check = (VettingCheckRecordedV1) this.translator
			.translate(GenericEventMessage.asEventMessage(failedJudicialRecordOfMember()))
			.orElseThrow()
			.data();

		assertThat(check.kind()).isEqualTo("JUDICIAL_RECORD");
		assertThat(check.subject()).isEqualTo("member-2");
		assertThat(check.outcome()).isEqualTo("FAILED");
		assertThat(check.reason()).isEqualTo("Có án treo.");
		assertThat(check.inputs().evidenceReference()).isEqualTo("LLTP-2026-0412");
		assertThat(check.recordedBy()).isEqualTo(new ActorRef("officer.phutan", "COMMUNE_OFFICER"));
		assertThat(JSON.valueToTree(check).toString()).doesNotContain("2019-04-01", "2028-04-01");
	}

	@Test
	void aProvinceOfficersDecisionIsFiledUnderTheCaregiversHomeNotTheOfficers() {
		Acting provinceOfficer = new Acting("officer.angiang", "PROVINCE_OFFICER", PROVINCE, null,
				CaregiverSamples.NOW);

		IntegrationEvent published = this.translator
			.translate(GenericEventMessage.asEventMessage(new CaregiverFoundIneligible(ID, "  ", "Nhà quá chật.",
					"Luật Trẻ em 2016, Điều 63", provinceOfficer)))
			.orElseThrow();

		CaregiverFoundIneligibleV1 ineligible = (CaregiverFoundIneligibleV1) published.data();
		assertThat(published.type()).isEqualTo(CaregiverFoundIneligibleV1.TYPE);
		assertThat(ineligible.communeCode()).isEqualTo(COMMUNE);
		assertThat(ineligible.decisionNumber()).isNull();
		assertThat(ineligible.reason()).isEqualTo("Nhà quá chật.");
		assertThat(ineligible.legalBasis()).isEqualTo("Luật Trẻ em 2016, Điều 63");
		assertThat(ineligible.recordedBy().role()).isEqualTo("PROVINCE_OFFICER");
	}

	@Test
	void counsellingSessionsStayInside() {
		assertThat(this.translator.translate(GenericEventMessage.asEventMessage(new CounsellingOffered(ID, "session-1",
				CounsellingKind.values()[0], "Chăm sóc trẻ", "Hội Phụ nữ", CaregiverSamples.TODAY, officer()))))
			.isEmpty();
	}

	private static VettingCheckRecorded failedJudicialRecordOfMember() {
		return new VettingCheckRecorded(ID, CheckKind.JUDICIAL_RECORD, Subjects.member(2), CheckOutcome.FAILED,
				new Evidence("LLTP-2026-0412", CaregiverSamples.TODAY, null),
				new ForeignResidence(LocalDate.of(2019, 4, 1), LocalDate.of(2028, 4, 1)), "Có án treo.", null,
				officer());
	}

	private static Set<ValidationMessage> validate(EventType type, JsonNode data) throws IOException {
		try (InputStream schema = type.openSchema()) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(JSON.readTree(schema),
						SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
				.validate(data);
		}
	}

}
