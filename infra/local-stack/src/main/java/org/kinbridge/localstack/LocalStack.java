package org.kinbridge.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.kinbridge.localstack.config.Port;
import org.kinbridge.localstack.config.PortCheck;
import org.kinbridge.localstack.config.StackConfig;
import org.kinbridge.localstack.demo.DemoDataLoader;
import org.kinbridge.localstack.demo.GatewayClient;
import org.kinbridge.localstack.health.ExternalInfrastructure;
import org.kinbridge.localstack.health.HealthProbe;
import org.kinbridge.localstack.health.ReadyLine;
import org.kinbridge.localstack.jwt.JwtKeys;
import org.kinbridge.localstack.jwt.AuthorizationCodeLogin;
import org.kinbridge.localstack.jwt.DemoTokens;
import org.kinbridge.localstack.jwt.DemoUser;
import org.kinbridge.localstack.process.ChildCommands;
import org.kinbridge.localstack.process.ChildProcess;
import org.kinbridge.localstack.process.ChildSpec;
import org.kinbridge.localstack.process.PidFiles;
import org.kinbridge.localstack.process.ResidentMemory;
import org.kinbridge.localstack.process.Supervisor;

/**
 * {@code java -jar infra/local-stack/target/kinbridge-local-stack.jar}, from the
 * repository root: starts Kafka, MongoDB, the auth server, the three services and the
 * gateway, each in a JVM of its own, logs the demo users in, loads the pilot's demo data
 * once, and keeps everything running until Ctrl-C. With {@code token <user>} it prints a
 * fresh token of that demo user from the running stack instead.
 */
public final class LocalStack {

	/** The line that tells scripts and tests that the stack serves requests. */
	public static final String READY = "KinBridge local stack is ready";

	static final int EXIT_SETTINGS = 2;

	static final int EXIT_STARTUP_FAILED = 1;

	private static final Duration INFRA_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	private static final Duration MATCHING_TIMEOUT = Duration.ofSeconds(90);

	private static final String KAFKA_MAIN = "org.kinbridge.embedded.kafka.KafkaBrokerMain";

	private static final String MONGO_MAIN = "org.kinbridge.embedded.mongo.MongoServerMain";

	private static final List<String> KAFKA_JVM = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:MaxMetaspaceSize=128m");

	private static final String AUTH_SERVER = "auth-server";

	private static final String ANALYTICS = "analytics";

	private static final String AUDIT = "audit";

	/** Boot's relaxed binding of spring.security.oauth2.resourceserver.jwt.issuer-uri. */
	static final String ISSUER_URI_VARIABLE = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";

	private static final List<String> MONGO_JVM = List.of("-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:MaxMetaspaceSize=96m");

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private Supervisor supervisor;

	private ChildProcess kafka;

	private ChildProcess mongo;

	private ChildProcess authServer;

	private final List<ChildProcess> services = new ArrayList<>();

	private ChildProcess gateway;

	LocalStack(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	public static void main(String[] args) throws InterruptedException {
		LocalStack stack = new LocalStack(System.out, System.err, Clock.systemUTC());
		if (args.length > 0) {
			System.exit(stack.command(List.of(args), System.getenv(), System.getProperties(), Path.of(""),
					ChildCommands.current()));
		}
		int status = stack.start(System.getenv(), System.getProperties(), Path.of(""), ChildCommands.current());
		if (status != 0) {
			System.exit(status);
		}
		// Runs until SIGINT or SIGTERM; the shutdown hook stops the children.
		new CountDownLatch(1).await();
	}

	/**
	 * Runs a subcommand; today only {@code token <user>}, which logs a demo user in at
	 * the running stack's auth server, prints the access token alone on standard output
	 * (so that {@code $(...)} takes it) and refreshes {@code tokens/<user>.jwt}.
	 */
	int command(List<String> args, Map<String, String> env, Properties system, Path workingDir,
			ChildCommands commands) {
		if (args.size() != 2 || !"token".equals(args.get(0))) {
			this.err.println("Usage: java -jar infra/local-stack/target/kinbridge-local-stack.jar [token <user>]");
			this.err.println("Users: " + String.join(", ", DemoUser.ALL.stream().map(DemoUser::userId).toList()));
			return EXIT_SETTINGS;
		}
		try {
			StackConfig config = StackConfig.from(env, system, workingDir, commands.launcherJar());
			String user = DemoUser.byId(args.get(1)).userId();
			String token = new AuthorizationCodeLogin(config.authIssuer(), config.demoPassword()).accessToken(user);
			Path tokens = config.dataDir().resolve("tokens");
			Files.createDirectories(tokens);
			Files.writeString(tokens.resolve(user + ".jwt"), token);
			this.out.println(token);
			return 0;
		}
		catch (StackException ex) {
			this.err.println(ex.getMessage());
			return EXIT_SETTINGS;
		}
		catch (IOException ex) {
			this.err.println("Cannot write the token file: " + ex.getMessage());
			return EXIT_SETTINGS;
		}
	}

	/**
	 * Starts the whole stack; returns 0 once it serves requests, 2 for a setting to fix,
	 * 1 when a part did not come up (everything started is stopped again then).
	 */
	int start(Map<String, String> env, Properties system, Path workingDir, ChildCommands commands) {
		StackConfig config;
		PidFiles pidFiles;
		try {
			config = StackConfig.from(env, system, workingDir, commands.launcherJar());
			Map<String, Path> jars = new LinkedHashMap<>();
			jars.put(AUTH_SERVER, config.authServerJar());
			jars.put(AUDIT, config.auditJar());
			jars.put(ANALYTICS, config.analyticsJar());
			for (String module : List.of("case-service", "family-service", "matching-service", "gateway")) {
				jars.put(module, config.serviceJar(module));
			}
			createDirectories(config);
			pidFiles = new PidFiles(config.dataDir().resolve("run"));
			pidFiles.claim(this.out);
			this.supervisor = new Supervisor(this.out, this.clock,
					(child) -> pidFiles.write(child.name(), child.pid()));
			PortCheck.requireFree(config, usedPorts(config));
			config.externalKafka().ifPresent(ExternalInfrastructure::requireKafka);
			config.externalMongo().ifPresent(ExternalInfrastructure::requireMongo);
			JwtKeys keys = JwtKeys.loadOrCreate(config.dataDir().resolve("jwt"));
			planChildren(config, commands, jars, keys);
		}
		catch (StackException ex) {
			this.err.println(ex.getMessage());
			return EXIT_SETTINGS;
		}
		catch (UncheckedIOException ex) {
			this.err.println("Cannot use the data folder: " + ex.getCause().getMessage());
			return EXIT_SETTINGS;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(pidFiles), "local-stack-stop"));
		try {
			return startChildren(config);
		}
		catch (StackException ex) {
			this.err.println(ex.getMessage());
			stop(pidFiles);
			return EXIT_STARTUP_FAILED;
		}
	}

	private int startChildren(StackConfig config) {
		this.out.println("Starting KinBridge from " + config.home() + " (data in " + config.dataDir() + ")");
		List<ChildProcess> infrastructure = new ArrayList<>();
		if (this.kafka != null) {
			infrastructure.add(this.kafka);
		}
		if (this.mongo != null) {
			infrastructure.add(this.mongo);
		}
		// The auth server needs neither Kafka nor MongoDB, and the services resolve its
		// issuer only at their first authenticated request: it starts first but is not
		// waited for, so its startup stays off the critical path.
		if (!startAll(List.of(this.authServer)) || !startAndAwait(infrastructure, INFRA_TIMEOUT)) {
			return EXIT_STARTUP_FAILED;
		}
		List<ChildProcess> spring = new ArrayList<>(this.services);
		spring.add(this.gateway);
		if (!startAll(spring) || !awaitReady(List.of(this.authServer), config.startupTimeout())) {
			return EXIT_STARTUP_FAILED;
		}
		Map<String, String> tokens = new DemoTokens(
				new AuthorizationCodeLogin(config.authIssuer(), config.demoPassword()))
			.writeAll(config.dataDir().resolve("tokens"));
		this.out.println("  logged " + tokens.size() + " demo users in at the auth server");
		if (!awaitReady(spring, config.startupTimeout())) {
			return EXIT_STARTUP_FAILED;
		}
		for (ChildProcess child : allChildren()) {
			this.supervisor.watch(child);
		}
		if (config.demoData()) {
			loadDemoData(config, tokens);
		}
		printSummary(config);
		return 0;
	}

	private void planChildren(StackConfig config, ChildCommands commands, Map<String, Path> jars, JwtKeys keys) {
		Path logs = config.dataDir().resolve("logs");
		String kafkaBootstrap = config.externalKafka().orElse("localhost:" + config.port(Port.KAFKA));
		String mongoUri = config.externalMongo().orElse("mongodb://localhost:" + config.port(Port.MONGO));
		Map<String, String> infraEnv = Map.of("KINBRIDGE_IGNORE_SIGINT", "true");
		if (config.externalKafka().isEmpty()) {
			this.kafka = new ChildProcess(new ChildSpec("kafka",
					commands.launcherClass("kafka", KAFKA_MAIN, KAFKA_JVM,
							List.of("--data-dir=" + config.dataDir().resolve("kafka"), "--host=localhost",
									"--port=" + config.port(Port.KAFKA),
									"--controller-port=" + config.port(Port.KAFKA_CONTROLLER))),
					infraEnv, logs.resolve("kafka.log"), kafkaBootstrap, new ReadyLine("kafka")));
		}
		if (config.externalMongo().isEmpty()) {
			this.mongo = new ChildProcess(new ChildSpec("mongo",
					commands.launcherClass("mongo", MONGO_MAIN, MONGO_JVM,
							List.of("--data-dir=" + config.dataDir().resolve("mongo"), "--host=localhost",
									"--port=" + config.port(Port.MONGO))),
					infraEnv, logs.resolve("mongo.log"), mongoUri, new ReadyLine("mongo")));
		}
		this.authServer = springChild(AUTH_SERVER, jars.get(AUTH_SERVER), Port.AUTH, config, commands,
				Map.of("KINBRIDGE_AUTH_PORT", Integer.toString(config.port(Port.AUTH)), "KINBRIDGE_AUTH_ISSUER",
						config.authIssuer(), "KINBRIDGE_AUTH_PRIVATE_KEY", "file:" + keys.privateKeyFile(),
						"KINBRIDGE_AUTH_PUBLIC_KEY", "file:" + keys.publicKeyFile(), "KINBRIDGE_DEMO_PASSWORD",
						config.demoPassword(), "KINBRIDGE_AUTH_WEB_REDIRECT_URIS",
						url(config, Port.GATEWAY) + "/app/callback.html"));
		// The services and the gateway trust the auth server by its issuer (ADR 0009):
		// Spring checks the iss claim and takes the key, by its kid, from the issuer's
		// JWKS, as with the identity provider in production.
		Map<String, String> common = Map.of("KINBRIDGE_KAFKA_BOOTSTRAP", kafkaBootstrap, "KINBRIDGE_MONGO_URI",
				mongoUri, ISSUER_URI_VARIABLE, config.authIssuer(), "AXONIQ_UPDATE_CHECKER_DISABLED", "true");
		this.services.add(service("case-service", Port.CASE, config, commands, jars, common, Map.of()));
		this.services.add(service("family-service", Port.FAMILY, config, commands, jars, common, Map.of()));
		this.services.add(service("matching-service", Port.MATCHING, config, commands, jars, common, Map.of()));
		// The audit component signs with a key of its own, generated into the data folder
		// on the first start; auditors verify with the public half beside it. A
		// checkpoint
		// after every decision, so that each demo decision verifies at once.
		this.services.add(service(AUDIT, Port.AUDIT, config, commands, jars, common,
				Map.of("KINBRIDGE_AUDIT_SIGNING_KEY",
						config.dataDir().resolve("audit").resolve("signing-key.pem").toString(),
						"KINBRIDGE_AUDIT_CHECKPOINT_EVERY", "1")));
		// The pseudonym key lives with the stack's data: pseudonyms stay the same across
		// restarts of a local run.
		this.services.add(service(ANALYTICS, Port.ANALYTICS, config, commands, jars, common,
				Map.of("KINBRIDGE_ANALYTICS_KEY_FILE",
						config.dataDir().resolve("analytics").resolve("pseudonym.key").toString())));
		this.gateway = service("gateway", Port.GATEWAY, config, commands, jars, common,
				Map.of("KINBRIDGE_CASE_URI", url(config, Port.CASE), "KINBRIDGE_FAMILY_URI", url(config, Port.FAMILY),
						"KINBRIDGE_MATCHING_URI", url(config, Port.MATCHING), "KINBRIDGE_AUDIT_URI",
						url(config, Port.AUDIT), "KINBRIDGE_ANALYTICS_URI", url(config, Port.ANALYTICS)));
	}

	private ChildProcess service(String module, Port port, StackConfig config, ChildCommands commands,
			Map<String, Path> jars, Map<String, String> common, Map<String, String> extra) {
		Map<String, String> env = new LinkedHashMap<>(common);
		env.putAll(extra);
		return springChild(module, jars.get(module), port, config, commands, env);
	}

	private ChildProcess springChild(String name, Path jar, Port port, StackConfig config, ChildCommands commands,
			Map<String, String> environment) {
		Map<String, String> env = new LinkedHashMap<>(environment);
		env.put("SERVER_PORT", Integer.toString(config.port(port)));
		String url = url(config, port);
		return new ChildProcess(new ChildSpec(name, commands.bootJar(name, jar, config.serviceJvmOptions()), env,
				config.dataDir().resolve("logs").resolve(name + ".log"), url, new HealthProbe(this.http, url)));
	}

	private static String url(StackConfig config, Port port) {
		return "http://localhost:" + config.port(port);
	}

	/**
	 * Starts the children together and waits until all are ready; on failure says which
	 * one and shows the end of its log.
	 */
	private boolean startAndAwait(List<ChildProcess> children, Duration timeout) {
		return startAll(children) && awaitReady(children, timeout);
	}

	private boolean startAll(List<ChildProcess> children) {
		for (ChildProcess child : children) {
			if (!this.supervisor.start(child)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Waits until all the started {@code children} are ready; on failure says which one
	 * and shows the end of its log.
	 */
	private boolean awaitReady(List<ChildProcess> children, Duration timeout) {
		Instant deadline = this.clock.instant().plus(timeout);
		List<ChildProcess> waiting = new ArrayList<>(children);
		while (!waiting.isEmpty()) {
			if (this.supervisor.isStopping()) {
				return false;
			}
			for (ChildProcess child : List.copyOf(waiting)) {
				if (!child.isAlive()) {
					failed(child, child.name() + " stopped during startup with status " + child.process().exitValue());
					return false;
				}
				if (child.isReady()) {
					this.out.println(
							"  " + child.name() + " is up (pid " + child.pid() + ", " + child.spec().address() + ")");
					waiting.remove(child);
				}
			}
			if (!waiting.isEmpty() && this.clock.instant().isAfter(deadline)) {
				ChildProcess late = waiting.get(0);
				failed(late, late.name() + " is not up after " + timeout.toSeconds() + " s ("
						+ late.spec().readiness().describe(late) + ")");
				return false;
			}
			pause(Duration.ofMillis(500));
		}
		return true;
	}

	private void failed(ChildProcess child, String reason) {
		this.err.println(reason + ". Last lines of " + child.spec().logFile() + ":");
		for (String line : child.lastLogLines(15)) {
			// JSON log lines carry whole stack traces; a person scans their start.
			this.err.println("    " + ((line.length() > 400) ? line.substring(0, 400) + " ..." : line));
		}
	}

	private void loadDemoData(StackConfig config, Map<String, String> tokens) {
		DemoDataLoader loader = new DemoDataLoader(new GatewayClient(this.http, url(config, Port.GATEWAY)), tokens,
				this.out, this.clock);
		try {
			loader.loadIfMissing();
			loader.awaitMatchingView(MATCHING_TIMEOUT);
		}
		catch (StackException ex) {
			// The platform runs; only the demo content is missing, so say so and keep
			// going.
			this.err.println("Demo data not loaded: " + ex.getMessage());
		}
	}

	private void printSummary(StackConfig config) {
		long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
		long seconds = Math.round((this.clock.millis() - startedAt) / 1000.0);
		List<Long> pids = new ArrayList<>();
		pids.add(ProcessHandle.current().pid());
		this.out.println();
		this.out.println(READY + " (started in " + seconds + " s)");
		this.out.println();
		this.out.printf("  %-17s %-8s %-34s %s%n", "NAME", "PID", "ADDRESS", "HEALTH");
		config.externalKafka()
			.ifPresent((bootstrap) -> this.out.printf("  %-17s %-8s %-34s %s%n", "kafka (external)", "-", bootstrap,
					"reachable"));
		config.externalMongo()
			.ifPresent((uri) -> this.out.printf("  %-17s %-8s %-34s %s%n", "mongo (external)", "-",
					"(KINBRIDGE_MONGO_URI)", "reachable"));
		for (ChildProcess child : allChildren()) {
			pids.add(child.pid());
			String health = (child.spec().readiness() instanceof HealthProbe probe) ? probe.status() : "READY";
			this.out.printf("  %-17s %-8d %-34s %s%n", child.name(), child.pid(), child.spec().address(), health);
		}
		this.out.println();
		this.out.println("  Memory: " + ResidentMemory.format(ResidentMemory.totalKib(pids)) + " resident in "
				+ pids.size() + " processes (launcher included)");
		Path tokens = shown(config, config.dataDir().resolve("tokens"));
		this.out.println("  Logs:   " + shown(config, config.dataDir().resolve("logs")));
		this.out.println("  Login:  " + config.authIssuer() + " (demo users in infra/demo-users, password from "
				+ "KINBRIDGE_DEMO_PASSWORD, local stack only)");
		this.out.println("  Tokens: " + tokens + " (one per demo user, renewed at each start; a fresh one: "
				+ "java -jar infra/local-stack/target/kinbridge-local-stack.jar token <user>)");
		this.out.println("  Try:    curl -s -H \"Authorization: Bearer $(cat " + tokens.resolve("officer.phutan.jwt")
				+ ")\" " + url(config, Port.GATEWAY) + "/api/families/caregivers");
		this.out.println();
		this.out.println("Press Ctrl-C to stop.");
	}

	/**
	 * A path relative to the repository root when it is inside it, as a person would type
	 * it.
	 */
	private static Path shown(StackConfig config, Path path) {
		return path.startsWith(config.home()) ? config.home().relativize(path) : path;
	}

	private List<ChildProcess> allChildren() {
		List<ChildProcess> all = new ArrayList<>();
		if (this.kafka != null) {
			all.add(this.kafka);
		}
		if (this.mongo != null) {
			all.add(this.mongo);
		}
		all.add(this.authServer);
		all.addAll(this.services);
		all.add(this.gateway);
		return all;
	}

	/**
	 * Gateway first, then the services, then the auth server, then Kafka, then MongoDB:
	 * each stops while what it depends on is still there.
	 */
	private synchronized void stop(PidFiles pidFiles) {
		if (this.supervisor.isStopping()) {
			return;
		}
		this.out.println("Stopping KinBridge...");
		List<List<ChildProcess>> order = new ArrayList<>();
		order.add(listOf(this.gateway));
		order.add(this.services);
		order.add(listOf(this.authServer));
		order.add(listOf(this.kafka));
		order.add(listOf(this.mongo));
		this.supervisor.stopInOrder(order, STOP_GRACE);
		pidFiles.deleteAll();
		this.out.println("stopped");
	}

	private static List<ChildProcess> listOf(ChildProcess child) {
		return (child != null) ? List.of(child) : List.of();
	}

	private static Set<Port> usedPorts(StackConfig config) {
		Set<Port> used = EnumSet.of(Port.GATEWAY, Port.CASE, Port.FAMILY, Port.MATCHING, Port.AUDIT, Port.ANALYTICS,
				Port.AUTH);
		if (config.externalKafka().isEmpty()) {
			used.add(Port.KAFKA);
			used.add(Port.KAFKA_CONTROLLER);
		}
		if (config.externalMongo().isEmpty()) {
			used.add(Port.MONGO);
		}
		return used;
	}

	private static void createDirectories(StackConfig config) {
		try {
			for (String dir : List.of("kafka", "mongo", "jwt", "audit", "logs", "tokens", "run")) {
				Files.createDirectories(config.dataDir().resolve(dir));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
