package org.kinbridge.localstack.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

	private static final Instant NOW = Instant.parse("2026-11-28T01:30:00Z");

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void coversTheAnGiangCommunitiesAndReligionsInPhuTan() {
		List<DemoData.Caregiver> caregivers = DemoData.anGiangCaregivers();

		assertThat(caregivers).hasSize(8).allSatisfy((caregiver) -> {
			assertThat(caregiver.communeCode()).isEqualTo("30406");
			assertThat(caregiver.capacity()).isBetween(1, 10);
			assertThat(caregiver.languages()).allMatch((language) -> language.matches("[a-z]{2,3}"));
		});
		assertThat(caregivers).extracting(DemoData.Caregiver::ethnicity)
			.containsAll(Set.of("KINH", "KHMER", "HOA", "CHAM"));
		assertThat(caregivers).extracting(DemoData.Caregiver::religion)
			.containsAll(Set.of("BUDDHISM", "HOA_HAO", "CATHOLIC", "ISLAM", "NONE"));
	}

	@Test
	void datesReportsInThePastInVietnamTimeAndIncludesSiblings() {
		List<DemoData.Report> reports = DemoData.anGiangReports(Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(reports).hasSize(5);
		assertThat(reports).allSatisfy((report) -> {
			OffsetDateTime receivedAt = OffsetDateTime.parse(report.receivedAt());
			assertThat(receivedAt.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
			assertThat(receivedAt.toInstant()).isBefore(NOW);
		});
		assertThat(reports).filteredOn((report) -> report.children().size() > 1).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void writesAChildWithEitherADateOfBirthOrAnEstimatedAge() throws Exception {
		DemoData.Report siblings = DemoData.anGiangReports(Clock.fixed(NOW, ZoneOffset.UTC)).get(0);

		JsonNode body = this.json.valueToTree(siblings);

		assertThat(body.path("reporter").path("anonymous").asBoolean()).isTrue();
		assertThat(body.path("reporter").has("name")).isFalse();
		assertThat(body.path("children").get(0).path("dateOfBirth").asText()).isEqualTo("2016-03-02");
		assertThat(body.path("children").get(0).has("estimatedAge")).isFalse();
		assertThat(body.path("children").get(1).path("estimatedAge").asInt()).isEqualTo(6);
		assertThat(body.path("children").get(1).has("dateOfBirth")).isFalse();
	}

	@Test
	void givesEveryPhuTanHamletACollaboratorAndOneOfThemTheDemoAccount() {
		List<DemoData.Collaborator> collaborators = DemoData.phuTanCollaborators(Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(collaborators).flatExtracting(DemoData.Collaborator::hamletCodes)
			.containsExactlyInAnyOrderElementsOf(DemoData.phuTanHamlets().stream().map(DemoData.Hamlet::code).toList());
		assertThat(collaborators).extracting(DemoData.Collaborator::userId).containsOnlyOnce("collab.phutan");
		assertThat(collaborators).extracting(DemoData.Collaborator::activeFrom).containsOnly("2026-01-01");
	}

	@Test
	void putsTheSecondProvincesDataInSaiGon() {
		assertThat(DemoData.saigonCaregivers()).singleElement()
			.extracting(DemoData.Caregiver::communeCode)
			.isEqualTo("26740");
		assertThat(DemoData.saigonReports(Clock.fixed(NOW, ZoneOffset.UTC))).singleElement()
			.extracting(DemoData.Report::communeCode)
			.isEqualTo("26740");
	}

}
