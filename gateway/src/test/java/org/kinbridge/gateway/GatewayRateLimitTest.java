package org.kinbridge.gateway;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kinbridge.gateway.ratelimit.RateLimitGlobalFilter;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway with a tiny per-user budget (1 request per second, bursts of 3) in front of
 * a fake case-service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "KINBRIDGE_RATE_LIMIT_PER_SECOND=1", "KINBRIDGE_RATE_LIMIT_BURST=3" })
class GatewayRateLimitTest {

	private static final FakeService caseService = new FakeService();

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("KINBRIDGE_JWT_PUBLIC_KEY", TestTokens::publicKeyLocation);
		registry.add("KINBRIDGE_CASE_URI", caseService::uri);
	}

	@AfterAll
	static void stopService() {
		caseService.close();
	}

	@Test
	void refusesAUserOverTheBudgetWith429ProblemWhileAnotherUserGoesThrough() {
		String busy = TestTokens.token("busy-officer", "91", null, "PROVINCE_OFFICER");

		Problem refused = null;
		// The budget refills at 1 per second, so a burst of 3 is spent long before 20
		// calls.
		for (int call = 0; call < 20 && refused == null; call++) {
			EntityExchangeResult<Map<String, Object>> result = getCases(busy).expectBody(Problem.JSON).returnResult();
			if (result.getStatus().value() == 429) {
				refused = Problem.read(result, 429);
			}
		}

		assertThat(refused).as("a 429 within 20 calls").isNotNull();
		assertThat(refused.type()).isEqualTo("https://kinbridge.org/problems/too-many-requests");
		assertThat(refused.detail()).contains("1 per second", "bursts of up to 3");
		assertThat(Long.parseLong(refused.header(HttpHeaders.RETRY_AFTER))).isPositive();
		assertThat(refused.header(RateLimitGlobalFilter.LIMIT_HEADER)).isEqualTo("3");
		assertThat(refused.header(RateLimitGlobalFilter.REMAINING_HEADER)).isEqualTo("0");

		String quiet = TestTokens.token("quiet-officer", "91", null, "PROVINCE_OFFICER");
		getCases(quiet).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(RateLimitGlobalFilter.LIMIT_HEADER, "3")
			.expectHeader()
			.valueEquals(RateLimitGlobalFilter.REMAINING_HEADER, "2");
	}

	@Test
	void countsPublicDocumentsByClientAddress() {
		this.client.get()
			.uri("/docs/cases/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(RateLimitGlobalFilter.LIMIT_HEADER, "3");
	}

	@Test
	void neverLimitsHealthProbes() {
		for (int call = 0; call < 10; call++) {
			this.client.get()
				.uri("/actuator/health/liveness")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist(RateLimitGlobalFilter.LIMIT_HEADER);
		}
	}

	private WebTestClient.ResponseSpec getCases(String token) {
		return this.client.get().uri("/api/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}
