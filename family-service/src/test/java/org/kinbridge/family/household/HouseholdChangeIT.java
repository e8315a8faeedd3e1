package org.kinbridge.family.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.family.CaregiverReinstatedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;
import org.kinbridge.family.FamilyServiceItSupport;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A grandmother moves in with an eligible family of An Giang, which suspends on household
 * changes: her checks and the home visit are required, matching hears of the suspension,
 * and the chair reinstates the family once they are verified.
 */
class HouseholdChangeIT extends FamilyServiceItSupport {

	@Test
	void aMemberWhoMovesInSuspendsTheFamilyUntilHerChecksAndTheHomeVisitAreVerifiedAgain() throws Exception {
		String caregiverId = eligibleCaregiver("Đỗ Thị Hạnh", 2);
		ResponseEntity<Map> recorded = post(OFFICER, path(caregiverId, "/household-changes"), grandmotherJoins());
		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(recorded.getBody()).containsEntry("subject", "member-4");
		assertThat((List<String>) recorded.getBody().get("reverify")).containsExactly(
				"NO_CHILD_ABUSE_PROCEEDINGS of member-4", "HOUSEHOLD_CONSENT of member-4",
				"SUITABLE_HOUSING_AND_MEANS of household");
		assertThat((Map<String, Object>) recorded.getBody().get("caregiver")).containsEntry("status", "SUSPENDED");
		assertThat(this.objectMapper
			.readValue(awaitPublished(caregiverId, CaregiverSuspendedV1.TYPE).value(), CaregiverSuspendedV1.class)
			.suspendedBy()
			.userId()).isEqualTo("officer.phutan");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(checklist(caregiverId))
				.anySatisfy(item -> assertThat(item).containsEntry("subject", "member-4")
					.containsEntry("kind", "HOUSEHOLD_CONSENT")
					.containsEntry("state", "MISSING"))
				.anySatisfy(item -> assertThat(item).containsEntry("kind", "SUITABLE_HOUSING_AND_MEANS")
					.containsEntry("state", "REVERIFY")));
		assertThat(history(caregiverId)).extracting(entry -> entry.get("what"))
			.contains("HOUSEHOLD_CHANGED", "REVERIFICATION_REQUIRED", "SUSPENDED");

		Map<String, Object> reinstatement = Map.of("reason", "Đã xác minh lại.", "legalBasis", LEGAL_BASIS);
		ResponseEntity<Map> tooEarly = post(CHAIR, path(caregiverId, "/reinstatement"), reinstatement);
		assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(tooEarly.getBody().get("detail").toString())
			.contains("SUITABLE_HOUSING_AND_MEANS of household must be verified again");

		for (String[] line : new String[][] { { "NO_CHILD_ABUSE_PROCEEDINGS", "member-4" },
				{ "HOUSEHOLD_CONSENT", "member-4" }, { "SUITABLE_HOUSING_AND_MEANS", "household" } }) {
			assertThat(
					post(OFFICER, path(caregiverId, "/vetting/checks"), check(line[0], line[1], TODAY)).getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
		ResponseEntity<Map> reinstated = post(CHAIR, path(caregiverId, "/reinstatement"), reinstatement);
		assertThat(reinstated.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(reinstated.getBody()).containsEntry("status", "ELIGIBLE");
		assertThat(awaitPublished(caregiverId, CaregiverReinstatedV1.TYPE)).isNotNull();
	}

	@Test
	void aChangeIsCheckedFieldByFieldAndOnlyTheCommuneAndProvinceOfficersMayRecordIt() {
		String caregiverId = register("Hồ Văn Sáu", 1);
		checklistWhenVisible(caregiverId);

		Map<String, Object> noMember = new HashMap<>(grandmotherJoins());
		noMember.remove("member");
		noMember.put("details", " ");
		ResponseEntity<Map> invalid = post(OFFICER, path(caregiverId, "/household-changes"), noMember);
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, Object>>) invalid.getBody().get("errors")).extracting(error -> error.get("field"))
			.containsExactlyInAnyOrder("member", "details");

		Map<String, Object> stranger = Map.of("kind", "HEALTH_CHANGED", "subject", "member-9", "details", "Ốm nặng.",
				"reportedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).toString(), "reportedBy",
				"Trưởng ấp");
		ResponseEntity<Map> unknown = post(OFFICER, path(caregiverId, "/household-changes"), stranger);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(unknown.getBody()).containsEntry("code", "household.not-a-member");

		for (String token : List.of(AUDITOR, ANALYST, COLLABORATOR)) {
			assertThat(post(token, path(caregiverId, "/household-changes"), grandmotherJoins()).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		for (String token : List.of(SAIGON_OFFICER, SAIGON_PROVINCE)) {
			assertThat(post(token, path(caregiverId, "/household-changes"), grandmotherJoins()).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(post(PROVINCE, path(caregiverId, "/household-changes"), grandmotherJoins()).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
	}

	private static Map<String, Object> grandmotherJoins() {
		return Map.of("kind", "MEMBER_JOINED", "member",
				Map.of("fullName", "Lê Thị Bảy", "dateOfBirth", "1950-03-03", "sex", "FEMALE", "relation", "PARENT",
						"consent",
						Map.of("given", true, "recordedOn", TODAY.toString(), "evidenceReference", "DONG-Y-04")),
				"details", "Bà ngoại về ở cùng từ 20/11.", "reportedAt",
				OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).toString(), "reportedBy",
				"Chị Hạnh (người đăng ký)");
	}

}
