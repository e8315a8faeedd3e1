package org.kinbridge.analytics.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.kinbridge.analytics.AnalyticsItSupport;
import org.kinbridge.analytics.pseudonym.Pseudonymiser;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.Topics;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * From the services' topics to the analytics topic to the figures, on a real broker and
 * the Mongo wire server: source events full of personal data go in, pseudonymised records
 * come out with none of it, and the figures of xã Chợ Vàm (30409) are read from those
 * records alone.
 */
class AnalyticsStreamIT extends AnalyticsItSupport {

	private static final String ANALYST = TestTokens.token("analyst.angiang", "91", null, "ANALYST");

	private static final String SAIGON_ANALYST = TestTokens.token("analyst.hcm", "79", null, "ANALYST");

	private static final String CHO_VAM = "30409";

	@Autowired
	private Pseudonymiser pseudonymiser;

	@Autowired
	private org.kinbridge.analytics.progress.RecordStore store;

	@Autowired
	private io.micrometer.core.instrument.MeterRegistry meters;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void sourceEventsBecomePseudonymisedRecordsAndTheFiguresOfTheCommune() throws Exception {
		String caseId = "case-" + this.run;
		String childA = "child-a-" + this.run;
		String childB = "child-b-" + this.run;
		String needA = "need-a-" + this.run;
		String needB = "need-b-" + this.run;
		String placement = "pl-" + this.run;
		String caregiver = "cg-" + this.run;

		ObjectNode report = sample(ReportReceivedV1.TYPE).put("caseId", caseId)
			.put("caseNumber", "91-2026-" + this.run)
			.put("communeCode", CHO_VAM);
		ObjectNode child = (ObjectNode) report.get("children").get(0);
		child.put("childId", childA).put("fullName", "Phạm Thị Kim Ngân").put("dateOfBirth", "2014-07-19");
		child.put("phone", "0918 222 333");
		((ArrayNode) report.get("children")).remove(1);
		ObjectNode needOfA = need(needA, caseId, childA, "2014-07-19");
		ObjectNode needOfB = need(needB, caseId, childB, "2012-01-09");
		ObjectNode proposed = placementStep(PlacementProposedV1.TYPE, placement, needA, childA, caregiver)
			.put("proposedAt", "2026-10-05T02:00:00Z");
		ObjectNode decided = placementStep(PlacementDecidedV1.TYPE, placement, needA, childA, caregiver)
			.put("decisionNumber", "125/QĐ-UBND-" + this.run)
			.put("reason", "Bà Đỗ Thị Lan là dì ruột, nhà ở gần trường của cháu")
			.put("decidedAt", "2026-10-10T02:00:00Z");
		ObjectNode started = placementStep(PlacementStartedV1.TYPE, placement, needA, childA, caregiver)
			.put("startedOn", "2026-10-21");
		ObjectNode registered = sample(CaregiverRegisteredV1.TYPE).put("caregiverId", caregiver)
			.put("communeCode", CHO_VAM)
			.put("phone", "0907 654 321");
		((ObjectNode) registered.get("applicant")).put("fullName", "Đỗ Thị Lan").put("dateOfBirth", "1979-09-02");

		Map<String, String> published = Map.of("e1-" + this.run, Topics.CASE_EVENTS, "e2-" + this.run,
				Topics.CASE_EVENTS, "e3-" + this.run, Topics.CASE_EVENTS, "e4-" + this.run, Topics.MATCHING_EVENTS,
				"e5-" + this.run, Topics.MATCHING_EVENTS, "e6-" + this.run, Topics.MATCHING_EVENTS, "e7-" + this.run,
				Topics.FAMILY_EVENTS);
		produce(Topics.CASE_EVENTS, ReportReceivedV1.TYPE, "e1-" + this.run, caseId, "91", report);
		produce(Topics.CASE_EVENTS, AlternativeCareNeededV1.TYPE, "e2-" + this.run, needA, "91", needOfA);
		produce(Topics.CASE_EVENTS, AlternativeCareNeededV1.TYPE, "e3-" + this.run, needB, "91", needOfB);
		produce(Topics.MATCHING_EVENTS, PlacementProposedV1.TYPE, "e4-" + this.run, placement, "91", proposed);
		produce(Topics.MATCHING_EVENTS, PlacementDecidedV1.TYPE, "e5-" + this.run, placement, "91", decided);
		produce(Topics.MATCHING_EVENTS, PlacementStartedV1.TYPE, "e6-" + this.run, placement, "91", started);
		produce(Topics.FAMILY_EVENTS, CaregiverRegisteredV1.TYPE, "e7-" + this.run, caregiver, "91", registered);
		// Redelivered: it must count once.
		produce(Topics.MATCHING_EVENTS, PlacementStartedV1.TYPE, "e6-" + this.run, placement, "91", started);
		// No reviewed allow-list: skipped.
		produce(Topics.CASE_EVENTS, "org.kinbridge.case.assessment-recorded.v1", "e8-" + this.run, caseId, "91",
				Map.of("caseId", caseId, "findings", "Cha nghiện rượu, đánh cháu nhiều lần"));
		// Prose in a code field: parked, never published.
		ObjectNode poisoned = placementStep(PlacementEndedV1.TYPE, placement, needA, childA, caregiver).put("reason",
				"Bà Lan xin thôi vì bệnh");
		produce(Topics.MATCHING_EVENTS, PlacementEndedV1.TYPE, "e9-" + this.run, placement, "91", poisoned);

		Set<String> expectedIds = published.keySet()
			.stream()
			.map(id -> this.pseudonymiser.pseudonym("event", id))
			.collect(Collectors.toSet());
		List<ConsumerRecord<String, String>> records = readUntil(Topics.ANALYTICS,
				found -> ids(found).containsAll(expectedIds));
		List<ConsumerRecord<String, String>> ours = records.stream()
			.filter(record -> expectedIds.contains(header(record, "ce_id")))
			.toList();
		assertThat(ours).as("one record per source event, redelivery included").hasSize(expectedIds.size());
		List<String> mustNotAppear = List.of(caseId, childA, childB, needA, needB, placement, caregiver,
				"91-2026-" + this.run, "Phạm Thị Kim Ngân", "2014-07-19", "2012-01-09", "0918 222 333", "Đỗ Thị Lan",
				"1979-09-02", "0907 654 321", "125/QĐ-UBND-" + this.run, "dì ruột", "officer.phutan",
				"corr-e1-" + this.run, "e1-" + this.run, "KINH", "HOA_HAO");
		for (ConsumerRecord<String, String> record : ours) {
			String bytes = bytesOf(record);
			for (String value : mustNotAppear) {
				assertThat(bytes).as("%s must not show '%s'", header(record, "ce_type"), value).doesNotContain(value);
			}
			assertThat(record.key()).isEqualTo(header(record, "ce_subject")).matches("[0-9a-f]{32}");
			assertThat(record.value()).contains("\"keyId\":\"" + this.pseudonymiser.keyId() + "\"");
		}
		assertThat(ids(records)).doesNotContain(this.pseudonymiser.pseudonym("event", "e8-" + this.run),
				this.pseudonymiser.pseudonym("event", "e9-" + this.run));
		List<ConsumerRecord<String, String>> parked = readUntil(Topics.deadLetterOf(Topics.MATCHING_EVENTS),
				found -> found.stream().anyMatch(record -> ("e9-" + this.run).equals(header(record, "ce_id"))));
		assertThat(parked).isNotEmpty();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.meters
				.counter("kinbridge.analytics.skipped", "type", "org.kinbridge.case.assessment-recorded.v1")
				.count()).as("the skipped type is counted").isGreaterThanOrEqualTo(1));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.store.ofProvince("91")).as("records kept for the figures")
				.extracting(org.kinbridge.analytics.progress.StoredRecord::id)
				.containsAll(expectedIds));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, Object> kpis = getJson(ANALYST, "/api/analytics/kpis?commune=" + CHO_VAM);
			Map<String, Object> choVam = ((List<Map<String, Object>>) kpis.get("communes")).get(0);
			assertThat(choVam).containsEntry("communeCode", CHO_VAM)
				.containsEntry("placed", 1)
				.containsEntry("waiting", 1)
				.containsEntry("percentPlaced", 50.0);
			assertThat((Map<String, Object>) choVam.get("daysToPlacement")).containsEntry("placements", 1)
				.containsEntry("median", 20.0);
		});
		Map<String, Object> progress = getJson(ANALYST, "/api/analytics/progress?commune=" + CHO_VAM);
		assertThat((List<Map<String, Object>>) progress.get("communes"))
			.anySatisfy(commune -> assertThat(commune).containsEntry("communeCode", CHO_VAM)
				.containsEntry("since", "2026-10-01")
				.containsEntry("running", true));
		assertThat((List<Map<String, Object>>) progress.get("months")).extracting(month -> month.get("month"))
			.contains("2026-10");

		ResponseEntity<String> chart = get(ANALYST, "/api/analytics/progress/chart.svg?commune=" + CHO_VAM,
				String.class);
		assertThat(chart.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(chart.getHeaders().getContentType()).hasToString("image/svg+xml;charset=UTF-8");
		assertThat(chart.getBody()).contains("xã/phường mã 30409", "Mục tiêu 2025: 65,0%", "Mục tiêu 2030: 90,0%",
				"role=\"img\"");

		assertThat(get(SAIGON_ANALYST, "/api/analytics/kpis", String.class).getBody()).doesNotContain(CHO_VAM);
		assertThat(get(SAIGON_ANALYST, "/api/analytics/progress/chart.svg", String.class).getBody())
			.doesNotContain(CHO_VAM);
	}

	private ObjectNode sample(String type) {
		try {
			return (ObjectNode) this.objectMapper.readTree(EventTypes.find(type).orElseThrow().openSample());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private ObjectNode need(String needId, String caseId, String childId, String born) {
		ObjectNode need = sample(AlternativeCareNeededV1.TYPE).put("needId", needId)
			.put("caseId", caseId)
			.put("communeCode", CHO_VAM)
			.put("decidedAt", "2026-10-01T02:00:00Z")
			.put("reason", "Mẹ cháu đi làm xa, bà nội mất");
		((ObjectNode) need.get("child")).put("childId", childId).put("caseId", caseId).put("dateOfBirth", born);
		need.putArray("siblings");
		return need;
	}

	private ObjectNode placementStep(String type, String placementId, String needId, String childId,
			String caregiverId) {
		return sample(type).put("placementId", placementId)
			.put("needId", needId)
			.put("childId", childId)
			.put("caseId", "case-" + this.run)
			.put("caregiverId", caregiverId)
			.put("communeCode", CHO_VAM);
	}

	private static Set<String> ids(List<ConsumerRecord<String, String>> records) {
		return records.stream().map(record -> header(record, "ce_id")).collect(Collectors.toSet());
	}

	private static String bytesOf(ConsumerRecord<String, String> record) {
		StringBuilder bytes = new StringBuilder(record.key()).append(record.value());
		for (Header header : record.headers()) {
			bytes.append(header.key()).append(new String(header.value(), StandardCharsets.UTF_8));
		}
		return bytes.toString();
	}

}
