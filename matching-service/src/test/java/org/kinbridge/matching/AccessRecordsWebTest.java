package org.kinbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every waiting child, caregiver and shortlist shown is recorded in the access log (who,
 * in which role, when, through which route, why), and the province's auditors, and only
 * they, read those records: never another province's.
 */
class AccessRecordsWebTest extends MatchingWebTestSupport {

	private static final String RECORDS = "/api/matching/access-records";

	private static final String OFFICER = bearer("COMMUNE_OFFICER");

	private static final String AUDITOR = bearer("AUDITOR");

	private static final String SAIGON_OFFICER = bearer("79", "26740", "COMMUNE_OFFICER");

	private static final String SAIGON_AUDITOR = bearer("79", null, "AUDITOR");

	@Test
	void everyChildAndShortlistShownIsRecordedWithWhoWhenWhereAndWhy() throws Exception {
		read(get("/api/matching/children"), OFFICER);
		read(get("/api/matching/children/" + NEED), OFFICER);
		String shortlistId = read(post(shortlists()), OFFICER).get("id").asText();
		read(get(shortlists() + "/" + shortlistId), AUDITOR);
		read(get(shortlists() + "/" + shortlistId + "/why-not/" + STRANGER), OFFICER);
		read(get(shortlists() + "/" + shortlistId + "/recompute"), AUDITOR);

		List<JsonNode> child = records(RECORDS + "?subjectType=waiting-child&subjectId=" + NEED, AUDITOR);
		assertThat(child).extracting(read -> read.get("purpose").asText(), read -> read.get("endpoint").asText())
			.containsExactlyInAnyOrder(tuple("LIST", "GET /api/matching/children"),
					tuple("PROFILE_VIEW", "GET /api/matching/children/{needId}"));
		assertThat(child).allSatisfy(read -> {
			assertThat(read.get("subjectLabel").asText()).as("the child's case").isEqualTo("case-91");
			assertThat(read.get("userId").asText()).isEqualTo("user.commune_officer");
			assertThat(read.get("role").asText()).isEqualTo("COMMUNE_OFFICER");
			assertThat(read.get("provinceCode").asText()).isEqualTo("91");
			assertThat(read.get("communeCode").asText()).isEqualTo("30406");
			assertThat(read.get("at").asText()).isEqualTo(MatchingWebTestApplication.NOW.toString());
		});

		List<JsonNode> shortlist = records(RECORDS + "?subjectType=shortlist&subjectId=" + shortlistId, AUDITOR);
		assertThat(shortlist).extracting(read -> read.get("purpose").asText(), read -> read.get("role").asText())
			.containsExactlyInAnyOrder(tuple("SHORTLIST_MADE", "COMMUNE_OFFICER"), tuple("SHORTLIST_VIEW", "AUDITOR"),
					tuple("WHY_NOT", "COMMUNE_OFFICER"), tuple("RECOMPUTE", "AUDITOR"));
		assertThat(shortlist).allSatisfy(read -> assertThat(read.get("subjectLabel").asText()).isEqualTo(NEED));
		assertThat(records(RECORDS + "?userId=user.auditor", AUDITOR)).hasSize(2);
	}

	@Test
	void everyCaregiverListedIsRecordedAndAListThatShowsNobodyRecordsNothing() throws Exception {
		read(get("/api/matching/caregivers"), OFFICER);
		read(get("/api/matching/children?commune=30410"), OFFICER);

		assertThat(records(RECORDS + "?subjectType=caregiver", AUDITOR))
			.extracting(read -> read.get("subjectId").asText())
			.containsExactlyInAnyOrder(GRAN, STRANGER, SUSPENDED);
		assertThat(records(RECORDS + "?subjectType=waiting-child", AUDITOR)).as("another commune's list is empty")
			.isEmpty();
	}

	@Test
	void anAuditorSeesTheReadsOfTheirOwnProvinceOnly() throws Exception {
		read(get("/api/matching/children/" + NEED), OFFICER);
		read(get("/api/matching/children/" + NEED_79), SAIGON_OFFICER);
		assertThat(status(get("/api/matching/children/" + NEED), SAIGON_OFFICER)).as("a refused read shows nothing")
			.isEqualTo(404);

		assertThat(records(RECORDS, AUDITOR)).extracting(read -> read.get("subjectId").asText()).containsExactly(NEED);
		assertThat(records(RECORDS, SAIGON_AUDITOR)).extracting(read -> read.get("subjectId").asText())
			.containsExactly(NEED_79);
		assertThat(records(RECORDS + "?subjectId=" + NEED, SAIGON_AUDITOR)).isEmpty();
	}

	@Test
	void onlyAuditorsReadTheRecordsAndAnUnknownKindIsRefusedOnItsField() throws Exception {
		assertThat(status(get(RECORDS), OFFICER)).isEqualTo(403);
		assertThat(status(get(RECORDS), bearer("PROVINCE_OFFICER"))).isEqualTo(403);
		MvcResult unknown = this.mvc
			.perform(get(RECORDS + "?subjectType=case").header(HttpHeaders.AUTHORIZATION, AUDITOR))
			.andReturn();
		assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
		assertThat(json(unknown).get("errors").get(0).get("field").asText()).isEqualTo("subjectType");
	}

	private String shortlists() {
		return "/api/matching/children/" + NEED + "/shortlists";
	}

	private JsonNode read(MockHttpServletRequestBuilder request, String token) throws Exception {
		MvcResult result = this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, token)).andReturn();
		assertThat(result.getResponse().getStatus()).isBetween(200, 201);
		return json(result);
	}

	private List<JsonNode> records(String path, String token) throws Exception {
		MvcResult result = this.mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, token)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		List<JsonNode> records = new ArrayList<>();
		json(result).forEach(records::add);
		assertThat(result.getResponse().getHeader("X-Total-Count")).isEqualTo(Integer.toString(records.size()));
		return records;
	}

	private int status(MockHttpServletRequestBuilder request, String token) throws Exception {
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, token)).andReturn().getResponse().getStatus();
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return EventFeed.JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
