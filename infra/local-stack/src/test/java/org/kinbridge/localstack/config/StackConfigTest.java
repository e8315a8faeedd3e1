package org.kinbridge.localstack.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.localstack.StackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigTest {

	@TempDir
	Path home;

	@BeforeEach
	void makeRepositoryRoot() throws IOException {
		Files.writeString(this.home.resolve("pom.xml"), "<project/>");
		Files.createDirectories(this.home.resolve("case-service"));
	}

	@Test
	void usesTheDocumentedDefaultsWhenNothingIsSet() {
		StackConfig config = StackConfig.from(Map.of(), new Properties(), this.home, Optional.empty());

		assertThat(config.home()).isEqualTo(this.home.toAbsolutePath().normalize());
		assertThat(config.dataDir()).isEqualTo(config.home().resolve(".kinbridge/local"));
		assertThat(config.port(Port.GATEWAY)).isEqualTo(8080);
		assertThat(config.port(Port.CASE)).isEqualTo(8081);
		assertThat(config.port(Port.FAMILY)).isEqualTo(8082);
		assertThat(config.port(Port.MATCHING)).isEqualTo(8083);
		assertThat(config.port(Port.AUDIT)).isEqualTo(8084);
		assertThat(config.port(Port.KAFKA)).isEqualTo(9092);
		assertThat(config.port(Port.KAFKA_CONTROLLER)).isEqualTo(9093);
		assertThat(config.port(Port.MONGO)).isEqualTo(27017);
		assertThat(config.port(Port.AUTH)).isEqualTo(9000);
		assertThat(config.authIssuer()).isEqualTo("http://localhost:9000");
		assertThat(config.demoPassword()).isEqualTo("kinbridge-demo");
		assertThat(config.externalKafka()).isEmpty();
		assertThat(config.externalMongo()).isEmpty();
		assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(180));
		assertThat(config.demoData()).isTrue();
		assertThat(config.serviceJvmOptions()).contains("-Xmx256m", "-XX:+UseSerialGC");
	}

	@Test
	void takesPortsAddressesAndDataFolderFromTheEnvironment() {
		Map<String, String> env = Map.of("KINBRIDGE_KAFKA_PORT", "19092", "KINBRIDGE_GATEWAY_PORT", " 18080 ",
				"KINBRIDGE_MONGO_URI", "mongodb://db.local:27017", "KINBRIDGE_KAFKA_BOOTSTRAP", "kafka.local:9092",
				"KINBRIDGE_LOCAL_DATA_DIR", "build/stack", "KINBRIDGE_STARTUP_TIMEOUT", "300", "KINBRIDGE_DEMO_DATA",
				"false");

		StackConfig config = StackConfig.from(env, new Properties(), this.home, Optional.empty());

		assertThat(config.port(Port.KAFKA)).isEqualTo(19092);
		assertThat(config.port(Port.GATEWAY)).isEqualTo(18080);
		assertThat(config.externalMongo()).contains("mongodb://db.local:27017");
		assertThat(config.externalKafka()).contains("kafka.local:9092");
		assertThat(config.dataDir()).isEqualTo(config.home().resolve("build/stack"));
		assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(300));
		assertThat(config.demoData()).isFalse();
	}

	@Test
	void rejectsAPortThatIsNotANumberInOneLine() {
		assertThatThrownBy(() -> StackConfig.from(Map.of("KINBRIDGE_MONGO_PORT", "27o17"), new Properties(), this.home,
				Optional.empty()))
			.isInstanceOf(StackException.class)
			.hasMessage("KINBRIDGE_MONGO_PORT=27o17 is not a port number: use a number from 1 to 65535.");
	}

	@Test
	void rejectsAPortOutOfRange() {
		assertThatThrownBy(() -> StackConfig.from(Map.of("KINBRIDGE_CASE_PORT", "70000"), new Properties(), this.home,
				Optional.empty()))
			.hasMessage("KINBRIDGE_CASE_PORT=70000 is not a port number: use a number from 1 to 65535.");
	}

	@Test
	void rejectsAStartupTimeoutThatIsNotSeconds() {
		assertThatThrownBy(() -> StackConfig.from(Map.of("KINBRIDGE_STARTUP_TIMEOUT", "3m"), new Properties(),
				this.home, Optional.empty()))
			.hasMessage("KINBRIDGE_STARTUP_TIMEOUT=3m is not a number of seconds: use e.g. 300.");
	}

	@Test
	void namesTheMissingServiceJarAndHowToBuildIt() {
		StackConfig config = StackConfig.from(Map.of(), new Properties(), this.home, Optional.empty());

		assertThatThrownBy(() -> config.serviceJar("case-service")).isInstanceOf(StackException.class)
			.hasMessage(
					"case-service/target/case-service.jar not found: build first with ./mvnw -B -q package -DskipTests");
	}

	@Test
	void namesTheMissingAuthServerJar() {
		StackConfig config = StackConfig.from(Map.of(), new Properties(), this.home, Optional.empty());

		assertThatThrownBy(config::authServerJar).isInstanceOf(StackException.class)
			.hasMessageStartingWith("infra/auth-server/target/kinbridge-auth-server.jar not found: build first");
	}

	@Test
	void takesTheAuthPortAndDemoPasswordFromTheEnvironment() {
		StackConfig config = StackConfig.from(
				Map.of("KINBRIDGE_AUTH_PORT", "19000", "KINBRIDGE_DEMO_PASSWORD", "another-demo"), new Properties(),
				this.home, Optional.empty());

		assertThat(config.authIssuer()).isEqualTo("http://localhost:19000");
		assertThat(config.demoPassword()).isEqualTo("another-demo");
	}

	@Test
	void findsABuiltServiceJar() throws IOException {
		Path jar = this.home.resolve("family-service/target/family-service.jar");
		Files.createDirectories(jar.getParent());
		Files.writeString(jar, "jar");

		StackConfig config = StackConfig.from(Map.of(), new Properties(), this.home, Optional.empty());

		assertThat(config.serviceJar("family-service"))
			.isEqualTo(config.home().resolve("family-service/target/family-service.jar"));
	}

	@Test
	void prefersTheHomeGivenAsSystemProperty(@TempDir Path elsewhere) {
		Properties system = new Properties();
		system.setProperty("kinbridge.home", this.home.toString());

		StackConfig config = StackConfig.from(Map.of(), system, elsewhere, Optional.empty());

		assertThat(config.home()).isEqualTo(this.home.toAbsolutePath().normalize());
	}

	@Test
	void rejectsAHomeThatIsNotTheRepository(@TempDir Path elsewhere) {
		Properties system = new Properties();
		system.setProperty("kinbridge.home", elsewhere.toString());

		assertThatThrownBy(() -> StackConfig.from(Map.of(), system, this.home, Optional.empty()))
			.hasMessageStartingWith("-Dkinbridge.home=" + elsewhere)
			.hasMessageEndingWith("is not the KinBridge repository root (no pom.xml and case-service/ there)");
	}

	@Test
	void findsTheRepositoryFromTheLauncherJarWhenStartedElsewhere(@TempDir Path elsewhere) {
		Path jar = this.home.resolve("infra/local-stack/target/kinbridge-local-stack.jar");

		StackConfig config = StackConfig.from(Map.of(), new Properties(), elsewhere, Optional.of(jar));

		assertThat(config.home()).isEqualTo(this.home.toAbsolutePath().normalize());
	}

	@Test
	void asksToRunFromTheRepositoryWhenItCannotFindIt(@TempDir Path elsewhere) {
		assertThatThrownBy(() -> StackConfig.from(Map.of(), new Properties(), elsewhere, Optional.empty()))
			.isInstanceOf(StackException.class)
			.hasMessageStartingWith("Run this from the KinBridge repository root, or pass -Dkinbridge.home=");
	}

}
