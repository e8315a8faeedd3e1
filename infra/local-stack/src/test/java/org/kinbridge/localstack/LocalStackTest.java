package org.kinbridge.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.localstack.config.Port;
import org.kinbridge.localstack.process.ChildCommands;

import static org.assertj.core.api.Assertions.assertThat;

class LocalStackTest {

	@TempDir
	Path home;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final ChildCommands commands = new ChildCommands(Path.of("java"), Optional.empty(), "classes");

	@BeforeEach
	void makeRepositoryRoot() throws IOException {
		Files.writeString(this.home.resolve("pom.xml"), "<project/>");
		for (String module : List.of("case-service", "family-service", "matching-service", "gateway")) {
			Path jar = this.home.resolve(module).resolve("target").resolve(module + ".jar");
			Files.createDirectories(jar.getParent());
			Files.writeString(jar, "jar");
		}
		for (String jar : List.of("infra/auth-server/target/kinbridge-auth-server.jar", "infra/audit/target/audit.jar",
				"infra/analytics/target/analytics.jar")) {
			Path built = this.home.resolve(jar);
			Files.createDirectories(built.getParent());
			Files.writeString(built, "jar");
		}
	}

	@Test
	void stopsWithOneLineAndStatusTwoWhenAPortIsTaken() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Map<String, String> env = freePorts();
			env.put(Port.KAFKA.variable(), Integer.toString(taken.getLocalPort()));

			int status = stack().start(env, new Properties(), this.home, this.commands);

			assertThat(status).isEqualTo(2);
			assertThat(lines(this.err)).containsExactly("Port " + taken.getLocalPort()
					+ " (Kafka) is already in use by another program: stop it, or set KINBRIDGE_KAFKA_PORT to a free port.");
			assertThat(lines(this.out)).isEmpty();
		}
	}

	@Test
	void stopsWithOneLineAndStatusTwoWhenAServiceIsNotBuilt() throws IOException {
		Files.delete(this.home.resolve("gateway/target/gateway.jar"));

		int status = stack().start(freePorts(), new Properties(), this.home, this.commands);

		assertThat(status).isEqualTo(2);
		assertThat(lines(this.err))
			.containsExactly("gateway/target/gateway.jar not found: build first with ./mvnw -B -q package -DskipTests");
	}

	@Test
	void stopsWithOneLineAndStatusTwoForAnUnparseablePort() {
		Map<String, String> env = freePorts();
		env.put("KINBRIDGE_GATEWAY_PORT", "eighty");

		int status = stack().start(env, new Properties(), this.home, this.commands);

		assertThat(status).isEqualTo(2);
		assertThat(lines(this.err))
			.containsExactly("KINBRIDGE_GATEWAY_PORT=eighty is not a port number: use a number from 1 to 65535.");
	}

	@Test
	void showsTheUsageAndTheDemoUsersForAnUnknownCommand() {
		int status = stack().command(List.of("tokens"), Map.of(), new Properties(), this.home, this.commands);

		assertThat(status).isEqualTo(2);
		assertThat(lines(this.err)).hasSize(2)
			.first()
			.isEqualTo("Usage: java -jar infra/local-stack/target/kinbridge-local-stack.jar [token <user>]");
		assertThat(lines(this.err).get(1)).startsWith("Users: collab.phutan, officer.phutan");
	}

	@Test
	void refusesATokenForAnUnknownUserInOneLine() {
		int status = stack().command(List.of("token", "officer.hanoi"), freePorts(), new Properties(), this.home,
				this.commands);

		assertThat(status).isEqualTo(2);
		assertThat(lines(this.err)).singleElement().asString().startsWith("There is no demo user officer.hanoi");
	}

	@Test
	void saysTheStackIsNotRunningWhenNoAuthServerAnswersForAToken() {
		int status = stack().command(List.of("token", "officer.phutan"), freePorts(), new Properties(), this.home,
				this.commands);

		assertThat(status).isEqualTo(2);
		assertThat(lines(this.err)).singleElement()
			.asString()
			.startsWith("The auth server at http://localhost:")
			.endsWith("is the local stack running?");
		assertThat(lines(this.out)).isEmpty();
	}

	private LocalStack stack() {
		return new LocalStack(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), Clock.systemUTC());
	}

	private static Map<String, String> freePorts() {
		Map<String, String> env = new HashMap<>();
		for (Port port : Port.values()) {
			try (ServerSocket probe = new ServerSocket(0)) {
				env.put(port.variable(), Integer.toString(probe.getLocalPort()));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return env;
	}

	private static List<String> lines(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8).lines().toList();
	}

}
