package org.kinbridge.gateway;

import org.junit.jupiter.api.Test;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

/**
 * A gateway started without {@code KINBRIDGE_JWT_PUBLIC_KEY} stays up for health checks
 * but trusts no token at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayWithoutKeyTest {

	@Autowired
	private WebTestClient client;

	@Test
	void refusesEveryTokenWhenNoKeyIsConfigured() {
		String token = TestTokens.token("officer-1", "91", null, "PLATFORM_ADMIN");

		this.client.get()
			.uri("/api/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.value(containsString("KINBRIDGE_JWT_PUBLIC_KEY"));
	}

	@Test
	void staysHealthyForProbes() {
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

}
