package org.kinbridge.matching;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.kinbridge.matching.children.WaitingState;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The shortlist and the views through HTTP: what a shortlist shows, how a refused request
 * is answered field by field, why-not, recomputation, and the filters of the lists.
 */
class ShortlistWebTest extends MatchingWebTestSupport {

	private static final String OFFICER = bearer("COMMUNE_OFFICER");

	@Test
	void makesAShortlistWithTheRelativeFirstAndEveryPlaceExplained() throws Exception {
		shortlist("").andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION,
					startsWith("/api/matching/children/" + NEED + "/shortlists/")))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.needId").value(NEED))
			.andExpect(jsonPath("$.ruleSet.id").value("kinbridge.matching.rules.default"))
			.andExpect(jsonPath("$.ruleSet.version").value("2026-1"))
			.andExpect(jsonPath("$.ruleSet.weights.kin").value(1000))
			.andExpect(jsonPath("$.ruleSet.shortlistLength").value(20))
			.andExpect(jsonPath("$.inputsDigest").value(startsWith("sha256:")))
			.andExpect(jsonPath("$.createdAt").value("2026-12-10T02:00:00Z"))
			.andExpect(jsonPath("$.createdBy.userId").value("user.commune_officer"))
			.andExpect(jsonPath("$.createdBy.role").value("COMMUNE_OFFICER"))
			.andExpect(jsonPath("$.referenceDate").value("2026-12-10"))
			.andExpect(jsonPath("$.candidates[0].caregiverId").value(GRAN))
			.andExpect(jsonPath("$.candidates[0].rank").value(1))
			.andExpect(jsonPath("$.candidates[0].kin").value(true))
			.andExpect(jsonPath("$.candidates[0].careType").value("KINSHIP"))
			.andExpect(jsonPath("$.candidates[0].explanation[0]").value(
					"+1000/1000 KIN (Người thân thích của trẻ): Relative of the child: registered for the child's case (kinship notification)."))
			.andExpect(jsonPath("$.candidates[0].contributions[0].factor").value("KIN"))
			.andExpect(jsonPath("$.candidates[1].caregiverId").value(STRANGER))
			.andExpect(jsonPath("$.candidates[2].caregiverId").value(ELSEWHERE))
			.andExpect(jsonPath("$.candidates.length()").value(3))
			.andExpect(jsonPath("$.considered").value(3))
			.andExpect(jsonPath("$.excluded").value(0))
			.andExpect(jsonPath("$.need").doesNotExist());
	}

	@Test
	void refusesABadRequestFieldByFieldWith422() throws Exception {
		shortlist("""
				{"overrides": [
				   {"caregiverId": "", "rule": "AGE_GAP_20", "reason": " "},
				   {"caregiverId": "cg-nobody", "rule": "PREFERENCE_SEX", "reason": "Agreed."},
				   {"caregiverId": "cg-stranger", "rule": "NOT_A_RULE", "reason": "Agreed."}],
				 "splitSiblings": {"reason": ""}}
				""").andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("shortlist.request-refused"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("overrides[0].caregiverId", "overrides[0].rule", "overrides[0].reason",
						"overrides[2].rule", "splitSiblings.reason", "splitSiblings", "overrides[1].caregiverId")))
			.andExpect(jsonPath("$.errors[?(@.field == 'overrides[0].rule')].message")
				.value(hasItem(containsString("rule of the law and cannot be overridden"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'overrides[0].reason')].message")
				.value(hasItem("must say why the caregiver's preference is set aside")))
			.andExpect(jsonPath("$.errors[?(@.field == 'splitSiblings')].message")
				.value(hasItem("the child has no siblings to place apart")));
	}

	@Test
	void anOverrideNeedsAReasonAndThenTakesEffect() throws Exception {
		shortlist("{\"overrides\": [{\"caregiverId\": \"cg-stranger\", \"rule\": \"PREFERENCE_SEX\"}]}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("overrides[0].reason"));
		shortlist("{\"overrides\": [{\"caregiverId\": \"cg-stranger\", \"rule\": \"PREFERENCE_SEX\", "
				+ "\"reason\": \"She agreed to take a boy.\"}]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.overrides[0].reason").value("She agreed to take a boy."))
			.andExpect(jsonPath("$.candidates[1].overrides[0].rule").value("PREFERENCE_SEX"));
	}

	@Test
	void aMalformedBodyIsA400AndAnEndedNeedCannotBeShortlisted() throws Exception {
		shortlist("{\"overrides\": ").andExpect(status().isBadRequest());
		this.mongo.save(need("need-ended", "case-e", "91", "30406", WaitingState.ENDED));
		this.mvc
			.perform(post("/api/matching/children/need-ended/shortlists").header(HttpHeaders.AUTHORIZATION, OFFICER))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("shortlist.need-ended"));
	}

	@Test
	void explainsWhyACaregiverIsOrIsNotListed() throws Exception {
		String path = location(shortlist("").andReturn());
		this.mvc.perform(get(path + "/why-not/" + GRAN).header(HttpHeaders.AUTHORIZATION, OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.listed").value(true))
			.andExpect(jsonPath("$.summary").value("Listed at rank 1."));
		this.mvc.perform(get(path + "/why-not/" + SUSPENDED).header(HttpHeaders.AUTHORIZATION, OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.listed").value(false))
			.andExpect(jsonPath("$.brokenRules[0].rule").value("ELIGIBLE"))
			.andExpect(jsonPath("$.brokenRules[0].text").value(containsString("SUSPENDED now")));
		this.mvc.perform(get(path + "/why-not/" + SAIGON).header(HttpHeaders.AUTHORIZATION, OFFICER))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStoredShortlistRecomputesIdentically() throws Exception {
		String path = location(shortlist("").andReturn());
		this.mvc.perform(get(path + "/recompute").header(HttpHeaders.AUTHORIZATION, bearer("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identical").value(true))
			.andExpect(jsonPath("$.inputsDigestMatches").value(true))
			.andExpect(jsonPath("$.rankingMatches").value(true))
			.andExpect(jsonPath("$.ruleSetVersion").value("2026-1"));
	}

	@Test
	void theViewsFilterByStateAndCommune() throws Exception {
		String province = bearer("PROVINCE_OFFICER");
		this.mvc.perform(get("/api/matching/caregivers?state=SUSPENDED").header(HttpHeaders.AUTHORIZATION, province))
			.andExpect(jsonPath("$[*].caregiverId").value(containsInAnyOrder(SUSPENDED)));
		this.mvc
			.perform(get("/api/matching/caregivers?state=ELIGIBLE&commune=30410").header(HttpHeaders.AUTHORIZATION,
					province))
			.andExpect(jsonPath("$[*].caregiverId").value(containsInAnyOrder(ELSEWHERE)));
		this.mvc.perform(get("/api/matching/caregivers?state=HAPPY").header(HttpHeaders.AUTHORIZATION, province))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		this.mvc.perform(get("/api/matching/children?commune=304").header(HttpHeaders.AUTHORIZATION, province))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("commune"));
		this.mvc.perform(get("/api/matching/children?commune=30406").header(HttpHeaders.AUTHORIZATION, province))
			.andExpect(jsonPath("$[*].needId").value(containsInAnyOrder(NEED)));
		this.mvc.perform(get("/api/matching/children/" + NEED).header(HttpHeaders.AUTHORIZATION, OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("WAITING"))
			.andExpect(jsonPath("$.child.dateOfBirth").value("2016-03-02"))
			.andExpect(jsonPath("$.careTypesSought[0]").value("KINSHIP"));
	}

	private ResultActions shortlist(String body) throws Exception {
		return this.mvc
			.perform(post("/api/matching/children/" + NEED + "/shortlists").header(HttpHeaders.AUTHORIZATION, OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	private static String location(MvcResult result) {
		return result.getResponse().getHeader(HttpHeaders.LOCATION);
	}

	static JsonNode json(MvcResult result) throws Exception {
		return EventFeed.JSON.readTree(result.getResponse().getContentAsString());
	}

}
