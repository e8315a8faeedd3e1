package org.kinbridge.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The gateway with two allowed browser origins (set as {@code KINBRIDGE_CORS_ORIGINS}),
 * in front of a fake case-service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "KINBRIDGE_CORS_ORIGINS=https://web.kinbridge.test,http://localhost:8080")
class GatewayCorsTest {

	private static final String WEB = "https://web.kinbridge.test";

	private static final FakeService caseService = new FakeService();

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("KINBRIDGE_JWT_PUBLIC_KEY", TestTokens::publicKeyLocation);
		registry.add("KINBRIDGE_CASE_URI", caseService::uri);
	}

	@BeforeEach
	void forgetEarlierRequests() {
		caseService.forget();
	}

	@AfterAll
	static void stopService() {
		caseService.close();
	}

	@Test
	void answersAPreflightFromAnAllowedOriginWithoutToken() {
		this.client.options()
			.uri("/api/cases/reports")
			.header(HttpHeaders.ORIGIN, WEB)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,x-correlation-id")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, WEB)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, containsString("PATCH"))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, containsString("authorization"));
		assertThat(caseService.sawNoRequest()).isTrue();
	}

	@Test
	void refusesAPreflightFromAnotherOriginWith403Problem() {
		Problem problem = Problem.of(this.client.options()
			.uri("/api/cases/reports")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange(), 403);

		assertThat(problem.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
	}

	@Test
	void refusesAPreflightForAMethodNotOnTheList() {
		Problem.of(this.client.options()
			.uri("/api/cases/reports")
			.header(HttpHeaders.ORIGIN, WEB)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "TRACE")
			.exchange(), 403);
	}

	@Test
	void refusesARequestFromAnotherOriginEvenWithAValidToken() {
		Problem.of(this.client.get()
			.uri("/api/cases")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
			.exchange(), 403);

		assertThat(caseService.sawNoRequest()).isTrue();
	}

	@Test
	void letsAnAllowedOriginReadTheAnswerAndItsHeaders() {
		this.client.get()
			.uri("/api/cases")
			.header(HttpHeaders.ORIGIN, WEB)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, WEB)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, containsString(CorrelationIdWebFilter.HEADER))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, containsString(HttpHeaders.LOCATION))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, containsString(HttpHeaders.RETRY_AFTER));
	}

	@Test
	void letsAnAllowedOriginReadA401Problem() {
		Problem problem = Problem.of(this.client.get().uri("/api/cases").header(HttpHeaders.ORIGIN, WEB).exchange(),
				401);

		assertThat(problem.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo(WEB);
	}

	@Test
	void acceptsTheSecondOriginOfTheList() {
		this.client.options()
			.uri("/api/families/caregivers")
			.header(HttpHeaders.ORIGIN, "http://localhost:8080")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080");
	}

	private static String token() {
		return TestTokens.token("officer-cors", "91", null, "COMMUNE_OFFICER");
	}

}
