package org.kinbridge.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.kinbridge.platform.audit.AccessRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.VettingCheckRecordedV1;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A caregiver's life through the REST API against a real Kafka broker and a MongoDB wire
 * server: Form 08 with a household, the Art. 63(2) checks, the chair's decision, the
 * checks and the approval on Kafka as CloudEvents, the commune register as CSV and the
 * access log.
 */
class CaregiverLifecycleIT extends FamilyServiceItSupport {

	@Autowired
	private MongoTemplate mongo;

	@Test
	void theReadModelsAndTheAccessLogHaveTheirIndexesOnceTheServiceIsReady() {
		assertThat(this.mongo.indexOps("caregivers").getIndexInfo()).extracting(IndexInfo::getName)
			.contains("by-commune-and-status", "by-evidence-expiry");
		assertThat(this.mongo.indexOps("outreach_interests").getIndexInfo()).extracting(IndexInfo::getName)
			.contains("by-commune-state-and-day");
		assertThat(this.mongo.indexOps(AccessRecord.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains("by-subject", "by-user");
	}

	@Test
	void aFamilyGoesFromRegistrationThroughVettingToTheCommuneRegisterAndMatchingLearnsOfIt() throws Exception {
		String caregiverId = register("Nguyễn Thị Hoa", 2);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get(OFFICER, file(caregiverId)).getStatusCode().is2xxSuccessful());
		List<Map<String, Object>> checklist = checklist(caregiverId);
		assertThat(checklist).hasSize(9).allSatisfy(item -> assertThat(item).containsEntry("state", "MISSING"));

		recordEveryCheck(caregiverId, OFFICER, checklist);
		assertThat(post(OFFICER, path(caregiverId, "/decision"), decision("ELIGIBLE")).getStatusCode())
			.as("an officer verifies, only the chair decides")
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> decided = post(CHAIR, path(caregiverId, "/decision"), decision("ELIGIBLE"));
		assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(decided.getBody()).containsEntry("status", "ELIGIBLE").containsEntry("free", 2);

		ConsumerRecord<String, String> approved = awaitPublished(caregiverId, CaregiverApprovedV1.TYPE);
		assertThat(header(approved, "ce_specversion")).isEqualTo("1.0");
		assertThat(header(approved, "ce_source")).isEqualTo("/kinbridge/family-service");
		assertThat(header(approved, "ce_subject")).isEqualTo(caregiverId);
		assertThat(header(approved, "ce_province")).isEqualTo("91");
		assertThat(header(approved, "ce_actor")).isEqualTo("chair.phutan");
		assertThat(header(approved, "content-type")).isEqualTo("application/json");
		assertThat(header(approved, "ce_id")).isNotBlank();
		assertThat(header(approved, "ce_time")).isNotBlank();
		assertThat(header(approved, "ce_correlationid")).isNotBlank();
		CaregiverApprovedV1 profile = this.objectMapper.readValue(approved.value(), CaregiverApprovedV1.class);
		assertThat(profile.householdSize()).isEqualTo(4);
		assertThat(profile.freeCapacity()).isEqualTo(2);
		assertThat(profile.approvedBy().role()).isEqualTo("COMMUNE_CHAIR");
		JsonNode raw = this.objectMapper.readTree(approved.value());
		assertThat(raw.has("fullName") || raw.has("phone") || raw.has("identityNumber") || raw.has("household"))
			.as("names, contact, identity numbers and the household stay inside family-service")
			.isFalse();
		List<ConsumerRecord<String, String>> checks = awaitPublished(caregiverId, VettingCheckRecordedV1.TYPE, 9);
		assertThat(checks).allSatisfy(check -> {
			assertThat(header(check, "ce_province")).isEqualTo("91");
			VettingCheckRecordedV1 data = this.objectMapper.readValue(check.value(), VettingCheckRecordedV1.class);
			assertThat(data.communeCode()).as("read from the registration").isEqualTo("30406");
			assertThat(data.recordedBy().userId()).isEqualTo("officer.phutan");
		});

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(getList(OFFICER, "/api/families/register?commune=30406"))
				.anySatisfy(entry -> assertThat(entry).containsEntry("caregiverId", caregiverId)
					.containsEntry("status", "ELIGIBLE")
					.containsEntry("eligibleSince", TODAY.toString())));
		ResponseEntity<byte[]> csv = this.http.exchange("/api/families/register?commune=30406&format=csv",
				HttpMethod.GET, new HttpEntity<>(headers(CHAIR)), byte[].class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
		assertThat(csv.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(csv.getHeaders().getContentDisposition().getFilename()).endsWith(".csv").contains("30406");
		assertThat(csv.getBody()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String[] lines = new String(csv.getBody(), StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).contains("Họ và tên người đăng ký / Applicant", "Số chỗ còn trống / Free");
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(caregiverId).contains("Nguyễn Thị Hoa"));

		assertThat(get(OFFICER, "/api/families/access-records").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		List<Map<String, Object>> reads = getList(AUDITOR, "/api/families/access-records?caregiverId=" + caregiverId);
		assertThat(reads).extracting(read -> read.get("purpose")).contains("FILE_VIEW", "REGISTER", "REGISTER_EXPORT");
		assertThat(reads).anySatisfy(read -> assertThat(read).containsEntry("userId", "chair.phutan")
			.containsEntry("role", "COMMUNE_CHAIR")
			.containsEntry("purpose", "REGISTER_EXPORT"));
	}

	@Test
	void theFileShowsTheVettingHistoryAndEvidenceAboutToExpireIsListed() {
		String caregiverId = register("Trần Văn Lộc", 1);
		LocalDate issued = TODAY.minusMonths(6).plusDays(10);
		ResponseEntity<Map> recorded = post(OFFICER, path(caregiverId, "/vetting/checks"),
				check("HEALTH_CERTIFICATE", "applicant", issued));
		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(recorded.getBody()).containsEntry("status", "VETTING");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(getList(OFFICER, "/api/families/evidence/expiring?withinDays=30"))
				.anySatisfy(item -> assertThat(item).containsEntry("caregiverId", caregiverId)
					.containsEntry("kind", "HEALTH_CERTIFICATE")
					.containsEntry("expiresOn", issued.plusMonths(6).toString())));
		Map<String, Object> file = get(OFFICER, file(caregiverId)).getBody();
		assertThat((List<Map<String, Object>>) file.get("checks")).singleElement()
			.satisfies(check -> assertThat(check).containsEntry("verifiedBy", "officer.phutan")
				.containsEntry("outcome", "PASSED"));
		assertThat((List<Map<String, Object>>) file.get("checklist"))
			.anySatisfy(item -> assertThat(item).containsEntry("kind", "HEALTH_CERTIFICATE")
				.containsEntry("state", "EXPIRING"));
		assertThat((List<Map<String, Object>>) file.get("history")).as("evidence ending within 30 days is due again")
			.anySatisfy(entry -> assertThat(entry).containsEntry("what", "REVERIFICATION_DUE"));
		assertThat(getList(OFFICER, "/api/families/caregivers?state=VETTING"))
			.anySatisfy(summary -> assertThat(summary).containsEntry("caregiverId", caregiverId));
		assertThat(getList(OFFICER, "/api/families/caregivers?state=ELIGIBLE"))
			.noneSatisfy(summary -> assertThat(summary).containsEntry("caregiverId", caregiverId));

		ResponseEntity<Map> tooOld = post(OFFICER, path(caregiverId, "/vetting/checks"),
				check("HEALTH_CERTIFICATE", "applicant", TODAY.minusMonths(6).minusDays(1)));
		assertThat(tooOld.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(tooOld.getBody()).containsEntry("code", "vetting.evidence-expired");
	}

	@Test
	void aChairWhoVerifiedACheckCannotDecideAndAnotherProvinceCannotEvenSeeTheCaregiver() {
		String caregiverId = register("Lê Thị Kim Phượng", 1);
		recordEveryCheck(caregiverId, OFFICER, checklistWhenVisible(caregiverId));
		assertThat(post(CHAIR, path(caregiverId, "/vetting/checks"), check("VOLUNTARY", "applicant", TODAY))
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<Map> refused = post(CHAIR, path(caregiverId, "/decision"), decision("ELIGIBLE"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody().get("detail").toString()).contains("another commune chair");

		assertThat(post(SAIGON_CHAIR, path(caregiverId, "/decision"), decision("ELIGIBLE")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(SAIGON_CHAIR, file(caregiverId)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anIllegalTransitionIsAConflictThatNamesTheState() {
		String caregiverId = register("Chau Ty", 1);
		ResponseEntity<Map> response = post(CHAIR, path(caregiverId, "/suspension"),
				Map.of("reason", "Đang xác minh tin báo.", "legalBasis", "Luật Trẻ em 2016, Điều 69"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("detail").toString()).contains("REGISTERED", "ELIGIBLE");
	}

}
