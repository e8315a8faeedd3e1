package org.kinbridge.platform.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.platform.web.Correlation;
import org.kinbridge.platform.web.PlatformWebTestSupport;
import org.kinbridge.platform.web.Problems;
import org.kinbridge.testkit.TestTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ResourceServerSecurityTest extends PlatformWebTestSupport {

	@Test
	void answersARequestWithoutTokenWith401Problem() throws Exception {
		this.mvc.perform(get("/api/test/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/unauthenticated"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.instance").value("/api/test/me"))
			.andExpect(jsonPath("$.correlationId").isNotEmpty())
			.andExpect(header().exists(Correlation.HEADER));
	}

	@Test
	void rejectsASignedTokenWithoutProvince() throws Exception {
		this.mvc
			.perform(get("/api/test/me").header(HttpHeaders.AUTHORIZATION,
					bearer(token(null, null, "PROVINCE_OFFICER"))))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("province")));
	}

	@Test
	void rejectsATokenWithOnlyCommuneRolesButNoCommune() throws Exception {
		this.mvc
			.perform(
					get("/api/test/me").header(HttpHeaders.AUTHORIZATION, bearer(token("91", null, "COMMUNE_OFFICER"))))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("commune")));
	}

	@Test
	void rejectsATokenSignedWithAnotherKey() throws Exception {
		String forged = TestTokens.forged(USER, "91", null, "PLATFORM_ADMIN");
		this.mvc.perform(get("/api/test/me").header(HttpHeaders.AUTHORIZATION, bearer(forged)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void rejectsAnExpiredToken() throws Exception {
		String expired = TestTokens.expired(USER, "91", null, "PROVINCE_OFFICER");
		this.mvc.perform(get("/api/test/me").header(HttpHeaders.AUTHORIZATION, bearer(expired)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("expired")));
	}

	@Test
	void turnsTheRolesClaimIntoTheActorsRoles() throws Exception {
		this.mvc
			.perform(get("/api/test/me").header(HttpHeaders.AUTHORIZATION,
					bearer(token("91", "30406", "COMMUNE_OFFICER", "AUDITOR", "SOMETHING_NEW"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value(USER))
			.andExpect(jsonPath("$.province").value("91"))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("COMMUNE_OFFICER", "AUDITOR")));
	}

	@Test
	void answersAMissingRoleWith403Problem() throws Exception {
		this.mvc
			.perform(get("/api/test/officers-only").header(HttpHeaders.AUTHORIZATION,
					bearer(token("91", null, "ANALYST"))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/forbidden"))
			.andExpect(jsonPath("$.detail").value(containsString("PROVINCE_OFFICER")));
	}

	@Test
	void answersARefusedMethodSecurityRuleWith403Problem() throws Exception {
		this.mvc.perform(get("/api/test/admins-only").header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/forbidden"));
	}

	@Test
	void grantsAMethodSecurityRuleToTheRoleFromTheToken() throws Exception {
		this.mvc
			.perform(get("/api/test/admins-only").header(HttpHeaders.AUTHORIZATION,
					bearer(token("91", null, "PLATFORM_ADMIN"))))
			.andExpect(status().isOk());
	}

	@Test
	void answersAnotherProvincesObjectExactlyLikeAMissingOne() throws Exception {
		String token = bearer(officerOf91());
		this.mvc.perform(get("/api/test/provinces/91/objects").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/test/provinces/79/objects").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/not-found"))
			.andExpect(jsonPath("$.detail").value(Problems.NOT_FOUND_DETAIL));
	}

	@Test
	void acceptsTheSecurityTestSupportsJwtWithTheSameClaims() throws Exception {
		this.mvc
			.perform(get("/api/test/me").with(jwt()
				.jwt((jwt) -> jwt.subject("user-2").claim("province", "79").claim("roles", List.of("AUDITOR")))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value("user-2"))
			.andExpect(jsonPath("$.province").value("79"));
	}

}
