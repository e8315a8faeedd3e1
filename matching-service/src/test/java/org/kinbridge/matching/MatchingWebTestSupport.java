package org.kinbridge.matching;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.kinbridge.matching.candidates.CandidateCaregiver;
import org.kinbridge.matching.candidates.CandidateState;
import org.kinbridge.matching.children.WaitingChild;
import org.kinbridge.matching.children.WaitingState;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Runs {@link MatchingWebTestApplication} trusting the testkit's key, with a small world:
 * in province 91 a waiting boy of commune 30406 whose grandmother is a caregiver, a
 * caregiver who is not related, one in commune 30410 and a suspended one; in province 79
 * a need and a caregiver that 91 must never see.
 */
@SpringBootTest(classes = MatchingWebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = "spring.application.name=matching-web-test")
@AutoConfigureMockMvc
public abstract class MatchingWebTestSupport {

	protected static final String NEED = "need-91";

	protected static final String NEED_79 = "need-79";

	protected static final String GRAN = "cg-gran";

	protected static final String STRANGER = "cg-stranger";

	protected static final String ELSEWHERE = "cg-elsewhere";

	protected static final String SUSPENDED = "cg-suspended";

	protected static final String SAIGON = "cg-saigon";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected MongoTemplate mongo;

	@DynamicPropertySource
	static void jwtKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@BeforeEach
	void world() {
		this.mongo.getDb().drop();
		this.mongo.save(caregiver(GRAN, "91", "30406", "case-91", CandidateState.ELIGIBLE, "1955-02-01"));
		this.mongo.save(caregiver(STRANGER, "91", "30406", null, CandidateState.ELIGIBLE, "1978-04-04"));
		this.mongo.save(caregiver(ELSEWHERE, "91", "30410", null, CandidateState.ELIGIBLE, "1980-01-01"));
		this.mongo.save(caregiver(SUSPENDED, "91", "30406", null, CandidateState.SUSPENDED, "1970-01-01"));
		this.mongo.save(caregiver(SAIGON, "79", "26740", null, CandidateState.ELIGIBLE, "1970-01-01"));
		this.mongo.save(need(NEED, "case-91", "91", "30406", WaitingState.WAITING));
		this.mongo.save(need(NEED_79, "case-79", "79", "26740", WaitingState.WAITING));
	}

	protected static CandidateCaregiver caregiver(String id, String province, String commune, String kinCaseId,
			CandidateState state, String born) {
		return ViewSamples.caregiver(id, province, commune, kinCaseId, state, born);
	}

	protected static WaitingChild need(String needId, String caseId, String province, String commune,
			WaitingState state) {
		return ViewSamples.need(needId, caseId, province, commune, state);
	}

	protected static String bearer(String province, String commune, String role) {
		return "Bearer " + TestTokens.token("user." + role.toLowerCase(), province, commune, role);
	}

	/** A token of the role in 91; commune roles in 30406. */
	protected static String bearer(String role) {
		boolean communeBound = List.of("COLLABORATOR", "COMMUNE_OFFICER", "COMMUNE_CHAIR").contains(role);
		return bearer("91", communeBound ? "30406" : null, role);
	}

}
