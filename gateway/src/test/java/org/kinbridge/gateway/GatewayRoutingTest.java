package org.kinbridge.gateway;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.testkit.TestTokens;

import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The gateway in front of a fake service on a loopback port, with real signed tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s")
class GatewayRoutingTest {

	private static final String USER = "officer-1";

	private static final FakeService caseService = new FakeService();

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("KINBRIDGE_JWT_PUBLIC_KEY", TestTokens::publicKeyLocation);
		registry.add("KINBRIDGE_CASE_URI", caseService::uri);
		// The matching service is down: nothing listens on its port.
		registry.add("KINBRIDGE_MATCHING_URI", FakeService::nobodyListening);
		registry.add("KINBRIDGE_AUDIT_URI", FakeService::nobodyListening);
	}

	@BeforeEach
	void forgetEarlierRequests() {
		caseService.forget();
	}

	@AfterEach
	void releaseHeldAnswers() {
		caseService.answerAgain();
	}

	@AfterAll
	static void stopService() {
		caseService.close();
	}

	@Test
	void refusesARequestWithoutTokenWith401Problem() {
		this.client.get()
			.uri("/api/cases/91-2026-000001")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer"))
			.expectHeader()
			.exists(CorrelationIdWebFilter.HEADER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://kinbridge.org/problems/unauthenticated")
			.jsonPath("$.correlationId")
			.isNotEmpty();
		assertThat(caseService.sawNoRequest()).isTrue();
	}

	@Test
	void refusesASignedTokenWithoutProvince() {
		this.client.get()
			.uri("/api/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, null, null, "PROVINCE_OFFICER"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.value(containsString("province"));
	}

	@Test
	void refusesATokenSignedWithAnotherKey() {
		this.client.get()
			.uri("/api/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.forged(USER, "91", null, "PLATFORM_ADMIN"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(caseService.sawNoRequest()).isTrue();
	}

	@Test
	void passesTheTokenAndACorrelationIdButNoClientIdentityHeadersToTheService() throws Exception {
		String token = TestTokens.token(USER, "91", null, "PROVINCE_OFFICER");

		List<String> correlationIds = this.client.get()
			.uri("/api/cases/91-2026-000001")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header("X-User-Id", "someone-else")
			.header("X-User-Roles", "PLATFORM_ADMIN")
			.header("X-Province", "79")
			.header("X-Roles", "PLATFORM_ADMIN")
			.header("X-Forwarded-User", "admin")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.get(CorrelationIdWebFilter.HEADER);
		// The service echoed it as well: still one value.
		assertThat(correlationIds).hasSize(1);
		String correlationId = correlationIds.get(0);

		FakeService.Received received = caseService.nextRequest();
		assertThat(received.path()).isEqualTo("/api/cases/91-2026-000001");
		assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
		assertThat(received.header(CorrelationIdWebFilter.HEADER)).isNotBlank().isEqualTo(correlationId);
		assertThat(received.headers()).doesNotContainKeys("X-User-Id", "X-User-Roles", "X-Province", "X-Roles",
				"X-Forwarded-User");
	}

	@Test
	void keepsTheCallersWellFormedCorrelationId() throws Exception {
		this.client.get()
			.uri("/api/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, "91", null, "AUDITOR"))
			.header(CorrelationIdWebFilter.HEADER, "client-42")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(CorrelationIdWebFilter.HEADER, "client-42");

		assertThat(caseService.nextRequest().header(CorrelationIdWebFilter.HEADER)).isEqualTo("client-42");
	}

	@Test
	void replacesAMalformedCorrelationId() throws Exception {
		this.client.get()
			.uri("/api/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, "91", null, "AUDITOR"))
			.header(CorrelationIdWebFilter.HEADER, "bad id; drop table")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(caseService.nextRequest().header(CorrelationIdWebFilter.HEADER)).matches("[0-9a-f-]{36}");
	}

	@Test
	void refusesAnOversizedBodyWith413Problem() {
		byte[] body = new byte[1024 * 1024 + 1];

		this.client.post()
			.uri("/api/cases/reports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, "91", null, "PROVINCE_OFFICER"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://kinbridge.org/problems/payload-too-large")
			.jsonPath("$.status")
			.isEqualTo(413);
		assertThat(caseService.sawNoRequest()).isTrue();
	}

	@Test
	void refusesAnOversizedStreamedBodyWith413Problem() {
		Flux<DataBuffer> chunks = Flux.range(0, 20)
			.map((chunk) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));

		this.client.post()
			.uri("/api/cases/reports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, "91", null, "PROVINCE_OFFICER"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void passesABodyWithinTheLimit() throws Exception {
		this.client.post()
			.uri("/api/cases/reports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, "91", null, "PROVINCE_OFFICER"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new byte[1024 * 1024])
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(caseService.nextRequest().bodyBytes()).isEqualTo(1024 * 1024);
	}

	@Test
	void answersASlowServiceWith504Problem() {
		caseService.answerLate();

		Problem problem = Problem.of(this.client.get()
			.uri("/api/cases/slow")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, "91", null, "PROVINCE_OFFICER"))
			.exchange(), 504);

		assertThat(problem.type()).isEqualTo("https://kinbridge.org/problems/gateway-timeout");
		assertThat(problem.detail()).isEqualTo("case-service did not answer in time.");
	}

	@Test
	void answersAnUnreachableServiceWith503Problem() {
		Problem problem = Problem.of(this.client.get()
			.uri("/api/matching/caregivers")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, "91", null, "PROVINCE_OFFICER"))
			.exchange(), 503);

		assertThat(problem.detail()).isEqualTo("matching-service is unavailable, try again shortly.");
	}

	@Test
	void routesTheAuditApiToTheAuditComponentBehindItsOwnBreaker() {
		Problem problem = Problem.of(this.client.get()
			.uri("/api/audit/logs/91/checkpoints")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, "91", null, "AUDITOR"))
			.exchange(), 503);

		assertThat(problem.detail()).isEqualTo("audit is unavailable, try again shortly.");
	}

	@Test
	void servesEachServicesApiDocsWithoutToken() throws Exception {
		this.client.get().uri("/docs/cases/v3/api-docs").exchange().expectStatus().isOk();
		assertThat(caseService.nextRequest().path()).isEqualTo("/v3/api-docs");

		this.client.get().uri("/docs/cases/v3/api-docs/swagger-config").exchange().expectStatus().isOk();
		assertThat(caseService.nextRequest().path()).isEqualTo("/v3/api-docs/swagger-config");

		// Routed, without a token, to a service that is down: its problem, not a 401.
		assertThat(Problem.of(this.client.get().uri("/docs/matching/v3/api-docs").exchange(), 503).detail())
			.isEqualTo("matching-service is unavailable, try again shortly.");
	}

	@Test
	void routesNothingButTheDocumentsUnderDocs() {
		Problem.of(this.client.get().uri("/docs/cases/actuator/env").exchange(), 404);
		assertThat(caseService.sawNoRequest()).isTrue();
	}

	@Test
	void answersAnUnknownPathWithAProblem() {
		this.client.get()
			.uri("/api/unknown")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token(USER, "91", null, "PROVINCE_OFFICER"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void exposesHealthAndPrometheusWithoutToken() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

}
