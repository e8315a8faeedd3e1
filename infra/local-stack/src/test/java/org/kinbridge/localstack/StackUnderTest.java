package org.kinbridge.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kinbridge.localstack.config.Port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What every test of the whole platform needs before it starts the launcher: the built
 * jars, free ports of its own and a data folder of its own, so that it never meets a
 * stack a person is running.
 */
final class StackUnderTest {

	/**
	 * Generous: eight JVMs start on a shared two-core machine, where other builds may run
	 * too (a start took 355 s so).
	 */
	static final Duration STARTUP = Duration.ofMinutes(8);

	static final Path ROOT = Path.of(System.getProperty("basedir", "infra/local-stack"))
		.toAbsolutePath()
		.getParent()
		.getParent();

	private StackUnderTest() {
	}

	/**
	 * The launcher jar; the test is skipped, not failed, when the services were not
	 * packaged, as in a build that runs the local stack's tests alone.
	 */
	static Path launcherJarWithBuiltServices() {
		for (String module : List.of("case-service", "family-service", "matching-service", "gateway")) {
			assumeThat(ROOT.resolve(module).resolve("target").resolve(module + ".jar"))
				.as("%s/target/%s.jar is missing: build the services first (./mvnw -B -q package -DskipTests)", module,
						module)
				.isRegularFile();
		}
		assumeThat(ROOT.resolve("infra/auth-server/target/kinbridge-auth-server.jar"))
			.as("the auth server is not built: build it first (./mvnw -B -q package -DskipTests)")
			.isRegularFile();
		assumeThat(ROOT.resolve("infra/analytics/target/analytics.jar"))
			.as("the analytics app is not built: build it first (./mvnw -B -q package -DskipTests)")
			.isRegularFile();
		assumeThat(ROOT.resolve("infra/audit/target/audit.jar"))
			.as("the audit component is not built: build it first (./mvnw -B -q package -DskipTests)")
			.isRegularFile();
		Path launcherJar = ROOT.resolve("infra/local-stack/target/kinbridge-local-stack.jar");
		assertThat(launcherJar).isRegularFile();
		return launcherJar;
	}

	/** Free ports for every part and the data folder {@code <dataDir>/local}. */
	static Map<String, String> environment(Path dataDir) throws IOException {
		Map<String, String> env = new HashMap<>();
		for (Port port : Port.values()) {
			try (ServerSocket probe = new ServerSocket(0)) {
				env.put(port.variable(), Integer.toString(probe.getLocalPort()));
			}
		}
		env.put("KINBRIDGE_LOCAL_DATA_DIR", dataDir.resolve("local").toString());
		env.put("KINBRIDGE_STARTUP_TIMEOUT", Long.toString(STARTUP.toSeconds() - 30));
		return env;
	}

	/** The issuer of the auth server of the stack started with {@code env}. */
	static String issuer(Map<String, String> env) {
		return "http://localhost:" + env.get(Port.AUTH.variable());
	}

	/** The gateway of the stack started with {@code env}, as the demo users call it. */
	static Gateway gateway(Map<String, String> env, Path dataDir) {
		return new Gateway("http://localhost:" + env.get(Port.GATEWAY.variable()),
				dataDir.resolve("local").resolve("tokens"));
	}

}
