package org.kinbridge.localstack.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.kinbridge.localstack.StackException;

/**
 * The settings of one run of the local stack.
 *
 * @param home the repository root, which holds the services' built jars
 * @param dataDir where Kafka, MongoDB, keys, tokens and logs are kept between runs
 * @param ports the port of each component
 * @param externalKafka a broker to use instead of the embedded one
 * @param externalMongo a MongoDB to use instead of the embedded one
 * @param startupTimeout how long the services may take to become healthy
 * @param demoData whether to load the pilot's demo data
 * @param serviceJvmOptions the JVM options of each Spring service and the auth server
 * @param demoPassword the password of every demo user at the local auth server
 */
public record StackConfig(Path home, Path dataDir, Map<Port, Integer> ports, Optional<String> externalKafka,
		Optional<String> externalMongo, Duration startupTimeout, boolean demoData, List<String> serviceJvmOptions,
		String demoPassword) {

	/** Local stack only, as the README says; set KINBRIDGE_DEMO_PASSWORD to change it. */
	static final String DEFAULT_DEMO_PASSWORD = "kinbridge-demo";

	static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=64m");

	private static final String BUILD_HINT = "build first with ./mvnw -B -q package -DskipTests";

	public int port(Port port) {
		return this.ports.get(port);
	}

	/**
	 * Reads the settings; the launcher jar's own location is the last guess for the
	 * repository root.
	 */
	public static StackConfig from(Map<String, String> env, Properties system, Path workingDir,
			Optional<Path> launcherJar) {
		Path home = home(system, workingDir, launcherJar);
		Path dataDir = Optional.ofNullable(text(system.getProperty("kinbridge.data-dir")))
			.or(() -> Optional.ofNullable(text(env.get("KINBRIDGE_LOCAL_DATA_DIR"))))
			.map((dir) -> home.resolve(dir).toAbsolutePath().normalize())
			.orElse(home.resolve(".kinbridge").resolve("local"));
		Map<Port, Integer> ports = new EnumMap<>(Port.class);
		for (Port port : Port.values()) {
			ports.put(port, parsePort(port, env.get(port.variable())));
		}
		long timeoutSeconds = parseSeconds(env.get("KINBRIDGE_STARTUP_TIMEOUT"), 180);
		boolean demoData = !"false".equalsIgnoreCase(text(env.get("KINBRIDGE_DEMO_DATA")));
		List<String> jvmOptions = Optional.ofNullable(text(env.get("KINBRIDGE_SERVICE_JVM_OPTS")))
			.map((options) -> Arrays.asList(options.split("\\s+")))
			.orElse(DEFAULT_SERVICE_JVM_OPTIONS);
		return new StackConfig(home, dataDir, ports, Optional.ofNullable(text(env.get("KINBRIDGE_KAFKA_BOOTSTRAP"))),
				Optional.ofNullable(text(env.get("KINBRIDGE_MONGO_URI"))), Duration.ofSeconds(timeoutSeconds), demoData,
				List.copyOf(jvmOptions),
				Optional.ofNullable(text(env.get("KINBRIDGE_DEMO_PASSWORD"))).orElse(DEFAULT_DEMO_PASSWORD));
	}

	/**
	 * The jar of a service module, which must have been built.
	 */
	public Path serviceJar(String module) {
		return builtJar(module, module);
	}

	/**
	 * The audit component's jar, which must have been built.
	 */
	public Path auditJar() {
		return builtJar("infra/audit", "audit");
	}

	/**
	 * The analytics app's jar, which must have been built.
	 */
	public Path analyticsJar() {
		return builtJar("infra/analytics", "analytics");
	}

	/**
	 * The auth server's jar, which must have been built.
	 */
	public Path authServerJar() {
		return builtJar("infra/auth-server", "kinbridge-auth-server");
	}

	/**
	 * The issuer of the local auth server, which every token names and every service
	 * checks.
	 */
	public String authIssuer() {
		return "http://localhost:" + port(Port.AUTH);
	}

	private Path builtJar(String module, String name) {
		Path jar = this.home.resolve(module).resolve("target").resolve(name + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new StackException(module + "/target/" + name + ".jar not found: " + BUILD_HINT);
		}
		return jar;
	}

	private static Path home(Properties system, Path workingDir, Optional<Path> launcherJar) {
		String explicit = text(system.getProperty("kinbridge.home"));
		if (explicit != null) {
			Path home = Path.of(explicit).toAbsolutePath().normalize();
			if (!looksLikeRepositoryRoot(home)) {
				throw new StackException("-Dkinbridge.home=" + explicit
						+ " is not the KinBridge repository root (no pom.xml and case-service/ there)");
			}
			return home;
		}
		Path cwd = workingDir.toAbsolutePath().normalize();
		if (looksLikeRepositoryRoot(cwd)) {
			return cwd;
		}
		// infra/local-stack/target/kinbridge-local-stack.jar -> the repository root
		Optional<Path> besideJar = launcherJar.map(Path::toAbsolutePath)
			.map(Path::normalize)
			.map((jar) -> jar.getParent().getParent().getParent().getParent())
			.filter(StackConfig::looksLikeRepositoryRoot);
		return besideJar.orElseThrow(() -> new StackException(
				"Run this from the KinBridge repository root, or pass -Dkinbridge.home=<repository root> (" + cwd
						+ " has no pom.xml and case-service/)"));
	}

	private static boolean looksLikeRepositoryRoot(Path dir) {
		return dir != null && Files.isRegularFile(dir.resolve("pom.xml"))
				&& Files.isDirectory(dir.resolve("case-service"));
	}

	private static int parsePort(Port port, String value) {
		String text = text(value);
		if (text == null) {
			return port.defaultPort();
		}
		try {
			int parsed = Integer.parseInt(text);
			if (parsed >= 1 && parsed <= 65535) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new StackException(
				port.variable() + "=" + value + " is not a port number: use a number from 1 to 65535.");
	}

	private static long parseSeconds(String value, long defaultSeconds) {
		String text = text(value);
		if (text == null) {
			return defaultSeconds;
		}
		try {
			long seconds = Long.parseLong(text);
			if (seconds > 0) {
				return seconds;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new StackException("KINBRIDGE_STARTUP_TIMEOUT=" + value + " is not a number of seconds: use e.g. 300.");
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
