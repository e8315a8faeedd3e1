package org.kinbridge.family.household;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.family.FamilyWebTestSupport;
import org.kinbridge.family.caregiver.CaregiverSamples;
import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.caregiver.HouseholdChangeOutcome;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.household.api.HouseholdChangeKind;
import org.kinbridge.family.household.api.ReportHouseholdChange;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;

/** {@code POST /api/families/caregivers/{id}/household-changes} at the web layer. */
@WebMvcTest(HouseholdChangeController.class)
class HouseholdChangeWebTest extends FamilyWebTestSupport {

	private static final String PATH = "/api/families/caregivers/" + CaregiverSamples.ID + "/household-changes";

	private static final String HEALTH = """
			{ "kind": "HEALTH_CHANGED", "subject": "applicant", "details": "Phẫu thuật tim.",
			  "reportedAt": "2026-11-27T16:00:00+07:00", "reportedBy": "Chị Hoa" }
			""";

	@Test
	void recordsTheChangeInTheNameOfTheCallerWhenAndWhereTheyActed() throws Exception {
		when(this.commands.sendAndWait(any()))
			.thenReturn(new HouseholdChangeOutcome("applicant", List.of("HEALTH_CERTIFICATE of applicant"),
					new CaregiverStatus(CaregiverSamples.ID, CaregiverState.ELIGIBLE, 2, 0, 2)));

		this.mvc.perform(post(OFFICER, PATH, HEALTH))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reverify[0]").value("HEALTH_CERTIFICATE of applicant"))
			.andExpect(jsonPath("$.changeId").isNotEmpty());
		ArgumentCaptor<ReportHouseholdChange> sent = ArgumentCaptor.forClass(ReportHouseholdChange.class);
		verify(this.commands).sendAndWait(sent.capture());
		org.assertj.core.api.Assertions.assertThat(sent.getValue().by())
			.isEqualTo(new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406", CaregiverSamples.NOW));
		org.assertj.core.api.Assertions.assertThat(sent.getValue().kind())
			.isEqualTo(HouseholdChangeKind.HEALTH_CHANGED);
	}

	@Test
	void listsEveryInvalidFieldOfAChange() throws Exception {
		this.mvc.perform(post(OFFICER, PATH, """
				{ "kind": "MEMBER_JOINED", "subject": "member-2", "details": " ", "reportedBy": "" }
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("member", "subject", "details", "reportedAt", "reportedBy")));
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void analystsAuditorsAndCollaboratorsMayNotRecordAChange() throws Exception {
		for (String token : List.of(ANALYST, AUDITOR, COLLABORATOR)) {
			this.mvc.perform(post(token, PATH, HEALTH)).andExpect(status().isForbidden());
		}
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void aMalformedCaregiverIdIsNotFound() throws Exception {
		this.mvc.perform(post(OFFICER, "/api/families/caregivers/not-a-caregiver/household-changes", HEALTH))
			.andExpect(status().isNotFound());
	}

}
