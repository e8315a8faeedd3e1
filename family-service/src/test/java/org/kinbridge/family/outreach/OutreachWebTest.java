package org.kinbridge.family.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kinbridge.family.FamilyWebTestSupport;
import org.kinbridge.family.caregiver.CaregiverSamples;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.outreach.api.Audience;
import org.kinbridge.family.outreach.api.InterestRecorded;
import org.kinbridge.family.outreach.api.OutreachSessionRecorded;
import org.kinbridge.family.outreach.api.RecordOutreachSession;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The outreach API at the web layer, on 28 November 2026. */
@WebMvcTest(OutreachController.class)
class OutreachWebTest extends FamilyWebTestSupport {

	private static final String SESSION = "outreach-00000000-0000-0000-0000-000000000001";

	private static final String INTEREST = "interest-00000000-0000-0000-0000-000000000001";

	private static final String TALK = """
			{ "communeCode": "%s", "heldOn": "%s", "place": "Nhà văn hóa ấp Phú Hòa", "hamlet": "Ấp Phú Hòa",
			  "topic": "Chăm sóc thay thế", "ledBy": "Cán bộ xã", "attendance": 35, "audience": "COMMUNITY" }
			""";

	private static final Acting SAIGON = new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740",
			CaregiverSamples.NOW);

	@MockitoBean
	private OutreachReader reader;

	@MockitoBean
	private OutreachReferences references;

	@Test
	void aCollaboratorRecordsATalkInTheirCommuneInTheirOwnName() throws Exception {
		this.mvc.perform(post(COLLABORATOR, "/api/families/outreach/sessions", talk("30406", "2026-11-27")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sessionId").isNotEmpty());
		ArgumentCaptor<RecordOutreachSession> sent = ArgumentCaptor.forClass(RecordOutreachSession.class);
		verify(this.commands).sendAndWait(sent.capture());
		assertThat(sent.getValue().by())
			.isEqualTo(new Acting("collab.phutan", "COLLABORATOR", "91", "30406", CaregiverSamples.NOW));
		assertThat(sent.getValue().audience()).isEqualTo(Audience.COMMUNITY);
	}

	@Test
	void aCommuneMustBeInTheRegisterAndOneOfTheCallersProvinceOnTheDayOfTheSession() throws Exception {
		this.mvc.perform(post(OFFICER, "/api/families/outreach/sessions", talk("30499", "2026-11-27")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("communeCode"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("is not a commune of the administrative-unit register on 2026-11-27"));
		// Another province's commune is scope, not input: not found, like its caregivers.
		this.mvc.perform(post(CHAIR, "/api/families/outreach/interests", """
				{ "communeCode": "26740", "fullName": "Võ Thị Mười" }
				""")).andExpect(status().isNotFound());
		this.mvc.perform(post(OFFICER, "/api/families/outreach/sessions", talk("30406", "2025-05-01")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(AUDITOR, "/api/families/outreach/interests", """
				{ "communeCode": "26740", "fullName": "Võ Thị Mười" }
				""")).andExpect(status().isForbidden());
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void aCommuneOfficerCannotRecordInAnotherCommune() throws Exception {
		this.mvc.perform(post(OFFICER, "/api/families/outreach/sessions", talk("30409", "2026-11-27")))
			.andExpect(status().isNotFound());
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void readersMayNotRecord() throws Exception {
		for (String token : List.of(PROVINCE, AUDITOR, ANALYST)) {
			this.mvc.perform(post(token, "/api/families/outreach/sessions", talk("30406", "2026-11-27")))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(token, "/api/families/outreach/interests/" + INTEREST + "/decline", """
					{ "reason": "Không." }
					""")).andExpect(status().isForbidden());
		}
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void anInterestOfAnotherProvinceIsNotFoundBeforeAnythingIsSent() throws Exception {
		when(this.references.interest(INTEREST)).thenReturn(
				Optional.of(new InterestRecorded(INTEREST, "79", "26740", "Trần Văn Bảy", null, null, null, SAIGON)));
		this.mvc.perform(post(OFFICER, "/api/families/outreach/interests/" + INTEREST + "/follow-ups", """
				{ "notes": "Đã gọi.", "followedUpOn": "2026-11-28" }
				""")).andExpect(status().isNotFound());
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void anInterestFromASessionOfAnotherCommuneOrACaregiverOutsideTheCommuneIsRefusedOnItsField() throws Exception {
		when(this.references.session(SESSION)).thenReturn(
				Optional.of(new OutreachSessionRecorded(SESSION, "91", "30409", LocalDate.of(2026, 11, 1), "Chợ Vàm",
						null, "Chăm sóc thay thế", "Cán bộ xã", 10, Audience.PARENTS, CaregiverSamples.officer())));
		this.mvc.perform(post(OFFICER, "/api/families/outreach/interests", """
				{ "communeCode": "30406", "fullName": "Võ Thị Mười", "sourceSessionId": "%s" }
				""".formatted(SESSION)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("outreach.unknown-session"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("sourceSessionId:")));

		when(this.references.interest(INTEREST)).thenReturn(Optional.of(new InterestRecorded(INTEREST, "91", "30406",
				"Võ Thị Mười", null, null, null, CaregiverSamples.officer())));
		CaregiverRegistered elsewhere = CaregiverSamples.registered();
		when(this.references.caregiver("cg-00000000-0000-0000-0000-000000000009"))
			.thenReturn(Optional.of(new CaregiverRegistered("cg-00000000-0000-0000-0000-000000000009", "91", "30409",
					elsewhere.procedure(), elsewhere.address(), elsewhere.applicant(), null, elsewhere.household(),
					elsewhere.contact(), elsewhere.careTypes(), null, 1, elsewhere.preferences(), elsewhere.languages(),
					elsewhere.ethnicity(), elsewhere.religion(), elsewhere.by())));
		this.mvc.perform(post(OFFICER, "/api/families/outreach/interests/" + INTEREST + "/registration", """
				{ "caregiverId": "cg-00000000-0000-0000-0000-000000000009" }
				"""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("outreach.unknown-caregiver"));
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void aReportPeriodMustNotEndBeforeItStartsAndTheLookAheadIsBounded() throws Exception {
		this.mvc.perform(get(OFFICER, "/api/families/outreach/report?commune=30406&from=2026-12-31&to=2026-10-01"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("outreach.period-reversed"));
		this.mvc.perform(get(OFFICER, "/api/families/outreach/follow-ups?withinDays=400"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("withinDays"));
	}

	private static String talk(String commune, String heldOn) {
		return TALK.formatted(commune, heldOn);
	}

}
