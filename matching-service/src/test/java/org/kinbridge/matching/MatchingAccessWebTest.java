package org.kinbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint of the views and the shortlist against every role, another province and
 * another commune: a role that may not act gets 403, an object of another province or
 * commune is answered exactly like a missing one (404), and lists leave it out.
 */
class MatchingAccessWebTest extends MatchingWebTestSupport {

	private static final Set<Role> MATCHERS = EnumSet.of(Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR,
			Role.PROVINCE_OFFICER);

	/** The officers who prepare proposals; the chair decides on them and makes none. */
	private static final Set<Role> MAKERS = EnumSet.of(Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER);

	private static final Set<Role> READERS = EnumSet.of(Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR);

	private String shortlistId;

	@BeforeEach
	void aShortlist() throws Exception {
		this.shortlistId = json(
				this.mvc.perform(post(shortlists()).header(HttpHeaders.AUTHORIZATION, bearer("COMMUNE_OFFICER")))
					.andReturn())
			.get("id")
			.asText();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleReachesExactlyTheEndpointsItsWorkNeeds(Role role) throws Exception {
		String token = bearer(role.name());
		assertThat(status(get("/api/matching/caregivers"), token)).isEqualTo(READERS.contains(role) ? 200 : 403);
		assertThat(status(get("/api/matching/children"), token)).isEqualTo(MATCHERS.contains(role) ? 200 : 403);
		assertThat(status(get("/api/matching/children/" + NEED), token)).isEqualTo(MATCHERS.contains(role) ? 200 : 403);
		assertThat(status(post(shortlists()), token)).isEqualTo(MAKERS.contains(role) ? 201 : 403);
		assertThat(status(get(shortlist()), token)).isEqualTo(READERS.contains(role) ? 200 : 403);
		assertThat(status(get(shortlist() + "/why-not/" + STRANGER), token))
			.isEqualTo(READERS.contains(role) ? 200 : 403);
		assertThat(status(get(shortlist() + "/recompute"), token)).isEqualTo(READERS.contains(role) ? 200 : 403);
		assertThat(status(get("/api/matching/access-records"), token)).isEqualTo((role == Role.AUDITOR) ? 200 : 403);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "COMMUNE_OFFICER", "COMMUNE_CHAIR", "PROVINCE_OFFICER", "AUDITOR" })
	void anotherProvinceGets404ForEveryObjectAndSeesNoneOfItInLists(Role role) throws Exception {
		boolean communeBound = role.isCommuneBound();
		String saigon = bearer("79", communeBound ? "26740" : null, role.name());
		if (MATCHERS.contains(role)) {
			assertThat(status(get("/api/matching/children/" + NEED), saigon)).isEqualTo(404);
			assertThat(status(post(shortlists()), saigon)).isEqualTo(MAKERS.contains(role) ? 404 : 403);
			assertThat(ids(get("/api/matching/children"), saigon, "needId")).containsExactly(NEED_79);
		}
		assertThat(status(get(shortlist()), saigon)).isEqualTo(404);
		assertThat(status(get(shortlist() + "/why-not/" + STRANGER), saigon)).isEqualTo(404);
		assertThat(status(get(shortlist() + "/recompute"), saigon)).isEqualTo(404);
		assertThat(ids(get("/api/matching/caregivers"), saigon, "caregiverId")).containsExactly(SAIGON);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "COMMUNE_OFFICER", "COMMUNE_CHAIR" })
	void anotherCommuneOfTheProvinceGets404AndSeesOnlyItsOwnCommune(Role role) throws Exception {
		String neighbour = bearer("91", "30410", role.name());
		assertThat(status(get("/api/matching/children/" + NEED), neighbour)).isEqualTo(404);
		assertThat(status(post(shortlists()), neighbour)).isEqualTo(MAKERS.contains(role) ? 404 : 403);
		assertThat(status(get(shortlist()), neighbour)).isEqualTo(404);
		assertThat(status(get(shortlist() + "/why-not/" + STRANGER), neighbour)).isEqualTo(404);
		assertThat(status(get(shortlist() + "/recompute"), neighbour)).isEqualTo(404);
		assertThat(ids(get("/api/matching/children"), neighbour, "needId")).isEmpty();
		assertThat(ids(get("/api/matching/children?commune=30406"), neighbour, "needId")).isEmpty();
		assertThat(ids(get("/api/matching/caregivers"), neighbour, "caregiverId")).containsExactly(ELSEWHERE);
		assertThat(ids(get("/api/matching/caregivers?commune=30406"), neighbour, "caregiverId")).isEmpty();
	}

	@Test
	void aMissingNeedOrShortlistIsAnsweredLikeAnotherProvincesOne() throws Exception {
		String officer = bearer("COMMUNE_OFFICER");
		MvcResult missing = this.mvc
			.perform(get("/api/matching/children/need-missing").header(HttpHeaders.AUTHORIZATION, officer))
			.andReturn();
		MvcResult elsewhere = this.mvc
			.perform(get("/api/matching/children/" + NEED_79).header(HttpHeaders.AUTHORIZATION, officer))
			.andReturn();
		assertThat(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(json(elsewhere).get("detail")).isEqualTo(json(missing).get("detail"));
		assertThat(status(get("/api/matching/children/" + NEED + "/shortlists/nope"), officer)).isEqualTo(404);
		assertThat(status(get("/api/matching/children/" + NEED_79 + "/shortlists/" + this.shortlistId), officer))
			.isEqualTo(404);
	}

	@Test
	void nobodyWithoutAValidTokenGetsIn() throws Exception {
		assertThat(this.mvc.perform(get("/api/matching/children")).andReturn().getResponse().getStatus())
			.isEqualTo(401);
		assertThat(this.mvc.perform(post(shortlists())).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	private String shortlists() {
		return "/api/matching/children/" + NEED + "/shortlists";
	}

	private String shortlist() {
		return shortlists() + "/" + this.shortlistId;
	}

	private int status(MockHttpServletRequestBuilder request, String token) throws Exception {
		return this.mvc
			.perform(request.header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private List<String> ids(MockHttpServletRequestBuilder request, String token, String field) throws Exception {
		MvcResult result = this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, token)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		List<String> ids = new java.util.ArrayList<>();
		json(result).forEach(node -> ids.add(node.get(field).asText()));
		return ids;
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return EventFeed.JSON
			.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

}
