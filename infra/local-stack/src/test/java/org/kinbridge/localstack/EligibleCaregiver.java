package org.kinbridge.localstack;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A caregiver of xã Phú Tân taken through the API to the commune register: Form 08, every
 * line of the checklist verified by the officer, and the decision by the chair (the
 * officer, who verified, may not decide).
 */
final class EligibleCaregiver {

	static final String OFFICER = "officer.phutan";

	static final String CHAIR = "chair.phutan";

	private EligibleCaregiver() {
	}

	/** Registers and approves Võ Thị Hạnh, with two places; returns her caregiver id. */
	static String register(Gateway gateway, LocalDate today) {
		String caregiverId = gateway.post("/api/families/caregivers", OFFICER, """
				{"applicant": {"fullName": "Võ Thị Hạnh", "dateOfBirth": "1976-08-14", "sex": "FEMALE"},
				 "communeCode": "30406", "address": {"line": "Ấp Phú Hưng, tổ 5"}, "phone": "0919 204 611",
				 "careTypes": ["NON_RELATIVE", "EMERGENCY"], "capacity": 2,
				 "languages": ["vi"], "ethnicity": "KINH", "religion": "HOA_HAO"}""")
			.expect(201)
			.path("caregiverId")
			.asText();
		String file = "/api/families/caregivers/" + caregiverId;
		AtomicReference<JsonNode> checklist = new AtomicReference<>();
		await("the new caregiver's checklist").atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> {
				JsonNode found = gateway.get(file, OFFICER).expect(200).path("checklist");
				assertThat(found).as("the checklist of a new caregiver").isNotEmpty();
				checklist.set(found);
			});
		String issuedOn = today.minusDays(7).toString();
		for (JsonNode line : checklist.get()) {
			String kind = line.path("kind").asText();
			gateway
				.post(file + "/vetting/checks", OFFICER,
						"""
								{"kind": "%s", "subject": "%s", "outcome": "PASSED",
								 "evidence": {"reference": "HS-%s", "issuedOn": "%s"}}""".formatted(kind,
								line.path("subject").asText(), kind, issuedOn))
				.expect(200);
		}
		await("the caregiver's checklist, all passed").atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(gateway.get(file, OFFICER).expect(200).path("checklist"))
				.allSatisfy((line) -> assertThat(line.path("state").asText()).as("%s", line).isEqualTo("PASSED")));

		String decision = """
				{"outcome": "ELIGIBLE", "decisionNumber": "21/QĐ-UBND",
				 "legalBasis": "Luật Trẻ em 2016, Điều 63 khoản 2"}""";
		gateway.post(file + "/decision", OFFICER, decision).expect(403);
		JsonNode decided = gateway.post(file + "/decision", CHAIR, decision).expect(200);
		assertThat(decided.path("status").asText()).as("after the chair's decision: %s", decided).isEqualTo("ELIGIBLE");
		assertThat(decided.path("free").asInt()).isEqualTo(2);
		return caregiverId;
	}

}
