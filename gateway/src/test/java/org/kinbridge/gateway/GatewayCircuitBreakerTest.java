package org.kinbridge.gateway;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
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
import static org.awaitility.Awaitility.await;

/**
 * The gateway's circuit breaker for case-service, with a small window (4 calls, half of
 * them failing opens it) and a short open state, in front of a fake case-service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
				"KINBRIDGE_BREAKER_WINDOW=4", "KINBRIDGE_BREAKER_MINIMUM_CALLS=4", "KINBRIDGE_BREAKER_OPEN_FOR=300ms" })
class GatewayCircuitBreakerTest {

	private static final FakeService caseService = new FakeService();

	private static final String TOKEN = TestTokens.token("officer-cb", "91", null, "PROVINCE_OFFICER");

	@Autowired
	private WebTestClient client;

	@Autowired
	private CircuitBreakerRegistry breakers;

	private CircuitBreaker breaker;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("KINBRIDGE_JWT_PUBLIC_KEY", TestTokens::publicKeyLocation);
		registry.add("KINBRIDGE_CASE_URI", caseService::uri);
	}

	@BeforeEach
	void closeTheBreaker() {
		caseService.forget();
		this.breaker = this.breakers.circuitBreaker("case-service");
		this.breaker.reset();
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
	void opensAfterServerErrorsAnswers503WithoutCallingTheServiceAndRecovers() {
		caseService.answerWith(500);
		for (int call = 0; call < 4; call++) {
			assertThat(Problem.of(getCase(), 503).detail())
				.isEqualTo("case-service is unavailable, try again shortly.");
		}
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

		// Once open, calls are refused at the gateway. (If the open state ended
		// meanwhile,
		// the trial call fails and opens it again, so this waits instead of timing.)
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Problem.of(getCase(), 503);
			assertThat(this.breaker.getMetrics().getNumberOfNotPermittedCalls()).isPositive();
		});

		caseService.answerWith(200);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			getCase().expectStatus().isOk();
			assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		});
	}

	@Test
	void neverOpensOnClientErrorsAndPassesTheServicesOwnProblem() {
		caseService.answerWith(404);
		for (int call = 0; call < 8; call++) {
			getCase().expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("from the service");
		}

		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(this.breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(4);
	}

	@Test
	void answersASlowServiceWith504AndCountsItAsAFailure() {
		caseService.answerLate();

		Problem problem = Problem.of(getCase(), 504);

		assertThat(problem.detail()).isEqualTo("case-service did not answer in time.");
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void doesNotCountAnOversizedStreamedBodyAgainstTheService() {
		for (int call = 0; call < 4; call++) {
			// Streamed, so that it is refused only while the gateway passes it on.
			Flux<DataBuffer> chunks = Flux.range(0, 20)
				.map((chunk) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));
			Problem.of(this.client.post()
				.uri("/api/cases/reports")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.body(chunks, DataBuffer.class)
				.exchange(), 413);
		}

		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	private WebTestClient.ResponseSpec getCase() {
		return this.client.get()
			.uri("/api/cases/91-2026-000001")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
			.exchange();
	}

}
