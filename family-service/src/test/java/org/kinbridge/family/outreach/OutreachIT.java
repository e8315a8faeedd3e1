package org.kinbridge.family.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinbridge.family.FamilyServiceItSupport;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Outreach in xã Phú Tân through the API: a collaborator records a talk and a woman's
 * interest, the officer follows up and links her registration, and the commune's report
 * counts it. Every endpoint keeps to the caller's province, commune and role.
 */
class OutreachIT extends FamilyServiceItSupport {

	private static final String API = "/api/families/outreach";

	@Test
	void aTalkLeadsToAnInterestThatIsFollowedUpRegisteredAndCountedInTheReport() {
		ResponseEntity<Map> session = post(COLLABORATOR, API + "/sessions", talk("30406"));
		assertThat(session.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String sessionId = (String) session.getBody().get("sessionId");
		ResponseEntity<Map> interest = post(COLLABORATOR, API + "/interests", interest("30406", sessionId));
		assertThat(interest.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(interest.getBody()).containsEntry("state", "INTERESTED");
		String interestId = (String) interest.getBody().get("interestId");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(getList(OFFICER, API + "/follow-ups?withinDays=14"))
				.anySatisfy(due -> assertThat(due).containsEntry("interestId", interestId)
					.containsEntry("dueOn", TODAY.plusDays(14).toString())));
		assertThat(post(COLLABORATOR, API + "/interests/" + interestId + "/follow-ups", followUp()).getStatusCode())
			.as("collaborators record sessions and interest; officers follow up")
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(OFFICER, API + "/interests/" + interestId + "/follow-ups", followUp()).getBody())
			.containsEntry("state", "FOLLOWED_UP");

		String caregiverId = register("Võ Thị Mười", 1);
		ResponseEntity<Map> linked = post(OFFICER, API + "/interests/" + interestId + "/registration",
				Map.of("caregiverId", caregiverId));
		assertThat(linked.getBody()).containsEntry("state", "REGISTERED");
		ResponseEntity<Map> late = post(OFFICER, API + "/interests/" + interestId + "/decline",
				Map.of("reason", "Đổi ý."));
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody().get("detail").toString()).contains("REGISTERED");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(get(OFFICER, API + "/interests/" + interestId).getBody())
				.containsEntry("state", "REGISTERED")
				.containsEntry("caregiverId", caregiverId)
				.containsEntry("sourceSessionId", sessionId));
		assertThat(
				getList(AUDITOR, "/api/families/access-records?subjectType=interested-person&subjectId=" + interestId))
			.isNotEmpty()
			.allSatisfy(read -> assertThat(read).containsEntry("subjectType", "interested-person")
				.containsEntry("subjectId", interestId)
				.containsEntry("caregiverId", null))
			.anySatisfy(read -> assertThat(read).containsEntry("userId", "officer.phutan")
				.containsEntry("purpose", "INTEREST_VIEW"));
		assertThat(get(AUDITOR, "/api/families/access-records?subjectType=everyone").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		String period = "from=" + TODAY.minusDays(30) + "&to=" + TODAY;
		Map<String, Object> report = get(ANALYST, API + "/report?commune=30406&" + period).getBody();
		assertThat(((Number) report.get("sessionsHeld")).intValue()).isPositive();
		assertThat(((Number) report.get("peopleReached")).intValue()).isGreaterThanOrEqualTo(35);
		assertThat(((Number) report.get("registered")).intValue()).isPositive();
		assertThat(get(PROVINCE, API + "/report?" + period).getBody()).containsEntry("provinceCode", "91")
			.containsEntry("communeCode", null);
		assertThat(getList(COLLABORATOR, API + "/sessions"))
			.anySatisfy(listed -> assertThat(listed).containsEntry("sessionId", sessionId)
				.containsEntry("hamlet", "Ấp Phú Hòa")
				.containsEntry("audience", "COMMUNITY"));
	}

	@Test
	void communesAreCheckedAgainstTheRegisterAndInputFieldByField() {
		ResponseEntity<Map> unknown = post(OFFICER, API + "/sessions", talk("30499"));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(unknown)).containsExactly("communeCode");
		assertThat(post(CHAIR, API + "/interests", interest("26740", null)).getStatusCode())
			.as("a commune of province 79")
			.isEqualTo(HttpStatus.NOT_FOUND);

		Map<String, Object> empty = new HashMap<>(talk("30406"));
		empty.put("attendance", -1);
		empty.remove("audience");
		empty.put("topic", "");
		assertThat(fields(post(OFFICER, API + "/sessions", empty))).containsExactlyInAnyOrder("attendance", "audience",
				"topic");

		ResponseEntity<Map> sessionElsewhere = post(OFFICER, API + "/interests",
				interest("30406", "outreach-00000000-0000-0000-0000-000000000000"));
		assertThat(sessionElsewhere.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(sessionElsewhere.getBody()).containsEntry("code", "outreach.unknown-session");
		assertThat(post(OFFICER, API + "/sessions", talk("30409")).getStatusCode())
			.as("another commune of the officer's province")
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anotherProvinceFindsNothingAndReadersOnlyRead() {
		String sessionId = (String) post(OFFICER, API + "/sessions", talk("30406")).getBody().get("sessionId");
		String interestId = (String) post(OFFICER, API + "/interests", interest("30406", sessionId)).getBody()
			.get("interestId");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get(OFFICER, API + "/interests/" + interestId).getStatusCode().is2xxSuccessful());

		for (String saigon : List.of(SAIGON_OFFICER, SAIGON_PROVINCE)) {
			assertThat(get(saigon, API + "/sessions/" + sessionId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(get(saigon, API + "/interests/" + interestId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(getList(saigon, API + "/interests"))
				.noneMatch(listed -> interestId.equals(listed.get("interestId")));
			assertThat(getList(saigon, API + "/sessions"))
				.noneMatch(listed -> sessionId.equals(listed.get("sessionId")));
		}
		assertThat(post(SAIGON_OFFICER, API + "/interests/" + interestId + "/follow-ups", followUp()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post(SAIGON_OFFICER, API + "/interests/" + interestId + "/decline", Map.of("reason", "Không."))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post(SAIGON_CHAIR, API + "/interests/" + interestId + "/registration",
				Map.of("caregiverId", "cg-00000000-0000-0000-0000-000000000000"))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(SAIGON_OFFICER, API + "/report?commune=30406&from=" + TODAY + "&to=" + TODAY).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		for (String reader : List.of(AUDITOR, ANALYST, PROVINCE)) {
			assertThat(post(reader, API + "/sessions", talk("30406")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(post(reader, API + "/interests", interest("30406", null)).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(post(reader, API + "/interests/" + interestId + "/follow-ups", followUp()).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(get(ANALYST, API + "/interests").getStatusCode()).as("names and phones are not for analysts")
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get(COLLABORATOR, API + "/interests").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(getList(AUDITOR, API + "/interests"))
			.anyMatch(listed -> interestId.equals(listed.get("interestId")));
		assertThat(getList(PROVINCE, API + "/sessions")).anyMatch(listed -> sessionId.equals(listed.get("sessionId")));
	}

	private static Map<String, Object> talk(String commune) {
		return Map.of("communeCode", commune, "heldOn", TODAY.minusDays(1).toString(), "place",
				"Nhà văn hóa ấp Phú Hòa", "hamlet", "Ấp Phú Hòa", "topic", "Chăm sóc thay thế cho trẻ em", "ledBy",
				"Cán bộ LĐTBXH xã", "attendance", 35, "audience", "COMMUNITY");
	}

	private static Map<String, Object> interest(String commune, String sessionId) {
		Map<String, Object> body = new HashMap<>(
				Map.of("communeCode", commune, "fullName", "Võ Thị Mười", "phone", "0987 654 321"));
		if (sessionId != null) {
			body.put("sourceSessionId", sessionId);
		}
		return body;
	}

	private static Map<String, Object> followUp() {
		return Map.of("notes", "Đã gọi điện, hẹn thăm nhà.", "followedUpOn", TODAY.toString());
	}

	private static List<Object> fields(ResponseEntity<Map> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
			.map(error -> error.get("field"))
			.toList();
	}

}
