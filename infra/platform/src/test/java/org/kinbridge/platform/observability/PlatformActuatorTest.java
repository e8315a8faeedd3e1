package org.kinbridge.platform.observability;

import org.junit.jupiter.api.Test;
import org.kinbridge.platform.web.ProblemExceptionHandler;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform among all of Boot's auto-configurations, as a service gets it: the
 * actuator, metrics and API docs answer without a token, everything else needs one, and
 * the health report names Kafka and the event processors. The Kafka address is a closed
 * port, so no broker is needed.
 */
@SpringBootTest(classes = PlatformActuatorTest.ServiceApplication.class,
		properties = { "spring.application.name=test-service", "spring.kafka.bootstrap-servers=127.0.0.1:1",
				"kinbridge.health.kafka.timeout=300ms", "management.health.mongo.enabled=false",
				"spring.data.mongodb.database=platform-test" })
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
class PlatformActuatorTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@DynamicPropertySource
	static void jwtKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@Test
	void reportsKafkaAndTheEventProcessorsInTheHealthWithoutToken() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().is(anyOf(is(200), is(503))))
			.andExpect(jsonPath("$.components.kafka.status").value("DOWN"))
			.andExpect(jsonPath("$.components.eventProcessors.status").value("UP"));
	}

	@Test
	void servesProbesAndPrometheusWithoutToken() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void describesTheApiWithBearerSecurityAndTheServiceName() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("test-service"))
			.andExpect(jsonPath("$.components.securitySchemes.bearer-jwt.scheme").value("bearer"))
			.andExpect(jsonPath("$.security[0].bearer-jwt").exists());
	}

	@Test
	void keepsOtherEndpointsBehindTheToken() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/anything"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersAnUnknownPathWithAProblemOnceAuthenticated() throws Exception {
		this.mvc
			.perform(get("/api/anything").header("Authorization",
					"Bearer " + TestTokens.token("user-1", "91", null, "PROVINCE_OFFICER")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/not-found"));
	}

	@Test
	void replacesBootsOwnProblemHandler() {
		assertThat(this.context.getBeansOfType(ResponseEntityExceptionHandler.class).values()).singleElement()
			.isInstanceOf(ProblemExceptionHandler.class);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration(excludeName = { "org.kinbridge.platform.axon.AxonMongoAutoConfiguration",
			"org.kinbridge.platform.kafka.KafkaIntegrationAutoConfiguration" })
	static class ServiceApplication {

	}

}
