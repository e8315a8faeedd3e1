package org.kinbridge.platform.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsEnvironmentPostProcessorTest {

	private final PlatformDefaultsEnvironmentPostProcessor processor = new PlatformDefaultsEnvironmentPostProcessor();

	@Test
	void givesEveryServiceTheSharedDefaults() {
		StandardEnvironment environment = environmentWith(Map.of());

		this.processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson");
		assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:9092");
		assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://localhost:27017");
		assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
			.isEqualTo("health,info,prometheus");
		assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
		assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
	}

	@Test
	void mapsTheKinbridgeVariablesToSpringProperties() {
		StandardEnvironment environment = environmentWith(Map.of("KINBRIDGE_KAFKA_BOOTSTRAP", "broker:9092",
				"KINBRIDGE_MONGO_URI", "mongodb://db:27017", "KINBRIDGE_JWT_PUBLIC_KEY", "file:/keys/public.pem"));

		this.processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("broker:9092");
		assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://db:27017");
		assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.public-key-location"))
			.isEqualTo("file:/keys/public.pem");
	}

	@Test
	void setsNoKeyLocationWithoutTheVariable() {
		StandardEnvironment environment = environmentWith(Map.of());

		this.processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.containsProperty("spring.security.oauth2.resourceserver.jwt.public-key-location"))
			.isFalse();
	}

	@Test
	void yieldsToTheServicesOwnConfiguration() {
		StandardEnvironment environment = environmentWith(Map.of("axon.serializer.events", "avro"));

		this.processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("avro");
		assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
			.isEqualTo(PlatformDefaultsEnvironmentPostProcessor.SOURCE_NAME);
	}

	private static StandardEnvironment environmentWith(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
