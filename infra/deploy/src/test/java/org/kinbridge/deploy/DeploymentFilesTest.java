package org.kinbridge.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.contracts.Topics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Checks the settings that make the production shape tolerate the loss of one machine, in
 * both the Compose file and the Kubernetes manifests, since neither can be started in the
 * build.
 */
class DeploymentFilesTest {

	// Surefire sets basedir; the fallback covers an IDE that runs tests in the module.
	private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

	private static final Path COMPOSE_DIR = MODULE.resolve("compose");

	private static final Path K8S_DIR = MODULE.resolve("k8s");

	private static final List<String> SERVICES = List.of("case-service", "family-service", "matching-service");

	private static final String UPDATE_CHECKER = "AXONIQ_UPDATE_CHECKER_DISABLED";

	private static final String NAMESPACE = "kinbridge";

	@Test
	void everyYamlDocumentUnderComposeAndK8sParses() throws IOException {
		List<Path> files = new ArrayList<>(yamlFiles(COMPOSE_DIR));
		files.addAll(yamlFiles(K8S_DIR));

		assertThat(files).extracting((file) -> file.getFileName().toString())
			.contains("compose.yaml", "kustomization.yaml", "kafka.yaml", "mongo.yaml", "gateway.yaml");
		for (Path file : files) {
			assertThat(documents(file)).as(file.toString()).isNotEmpty().allSatisfy((document) -> {
				assertThat(document).isNotEmpty();
			});
		}
	}

	@Test
	void reportsWhichFileHoldsABrokenYamlDocument(@TempDir Path directory) throws IOException {
		Path broken = Files.writeString(directory.resolve("broken.yaml"), "services:\n  gateway: [unclosed\n");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> documents(broken))
			.withMessageContaining("broken.yaml");
	}

	@Test
	void composeRunsThreeKraftBrokersWithReplicationThreeAndMinInsyncTwo() {
		Map<String, Map<String, String>> brokers = composeKafkaBrokers();

		assertThat(brokers).hasSize(3);
		brokers.values().forEach(DeploymentFilesTest::assertKraftSettings);
		assertThat(brokers.values()).extracting((environment) -> environment.get("KAFKA_NODE_ID"))
			.doesNotHaveDuplicates();
		brokers.forEach((name, environment) -> {
			assertThat(voterHosts(environment)).containsExactlyInAnyOrderElementsOf(
					brokers.keySet().stream().map((broker) -> broker + ":9093").toList());
			assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("PLAINTEXT://" + name + ":9092");
		});
	}

	@Test
	void composeRunsAThreeMemberMongoReplicaSetAndInitiatesItWithAllMembers() {
		Map<String, Map<String, Object>> members = composeMongoMembers();

		assertThat(members).hasSize(3);
		members.values()
			.forEach((member) -> assertThat(replicaSetName(strings(member.get("command")))).isEqualTo("rs0"));
		String initScript = composeServices().values()
			.stream()
			.map((service) -> String.join(" ", strings(service.get("command"))))
			.filter((command) -> command.contains("rs.initiate("))
			.collect(onlyOne("a Compose service that runs rs.initiate"));
		assertThat(initScript).contains("_id: 'rs0'");
		members.keySet().forEach((member) -> assertThat(initScript).contains("host: '" + member + ":27017'"));
	}

	@Test
	void composeRunsEachServiceTwiceAgainstAllBrokersAndMongoWithMajorityWrites() {
		Set<String> brokers = composeKafkaBrokers().keySet()
			.stream()
			.map((broker) -> broker + ":9092")
			.collect(Collectors.toSet());
		Set<String> mongoMembers = composeMongoMembers().keySet()
			.stream()
			.map((member) -> member + ":27017")
			.collect(Collectors.toSet());

		for (String name : SERVICES) {
			Map<String, Object> service = composeServices().get(name);
			assertThat(service).as(name).isNotNull();
			assertThat(service.get("image")).as(name).isEqualTo("kinbridge/" + name + ":0.1.0");
			assertThat(integer(path(service, "deploy", "replicas"))).as(name).isGreaterThanOrEqualTo(2);
			Map<String, String> environment = composeEnvironment(service);
			assertThat(commaSeparated(environment.get("KINBRIDGE_KAFKA_BOOTSTRAP"))).as(name)
				.containsExactlyInAnyOrderElementsOf(brokers);
			assertMajorityMongoUri(environment.get("KINBRIDGE_MONGO_URI"), mongoMembers);
			assertThat(String.join(" ", strings(path(service, "healthcheck", "test")))).as(name)
				.contains("/actuator/health");
		}
	}

	@Test
	void composeCreatesEveryTopicAndItsDeadLetterTopicWithReplicationThree() {
		String script = composeServices().values()
			.stream()
			.map((service) -> String.join(" ", strings(service.get("command"))))
			.filter((command) -> command.contains("kafka-topics.sh"))
			.collect(onlyOne("a Compose service that creates the topics"));

		assertCreatesEveryTopic(script);
	}

	@Test
	void composePublishesTheGatewayOnPort8080WithARouteToEachService() {
		Map<String, Object> gateway = composeServices().get("gateway");

		assertThat(gateway).isNotNull();
		assertThat(gateway.get("image")).isEqualTo("kinbridge/gateway:0.1.0");
		assertThat(strings(gateway.get("ports"))).contains("8080:8080");
		assertThat(composeEnvironment(gateway).values()).allSatisfy((value) -> assertThat(value).isNotNull())
			.anySatisfy((value) -> assertThat(value).contains("//case-service:8081"))
			.anySatisfy((value) -> assertThat(value).contains("//family-service:8082"))
			.anySatisfy((value) -> assertThat(value).contains("//matching-service:8083"));
	}

	@Test
	void everyKinbridgeContainerInComposeDisablesTheAxonUpdateChecker() {
		Map<String, Map<String, Object>> kinbridge = composeServices().entrySet()
			.stream()
			.filter((entry) -> String.valueOf(entry.getValue().get("image")).startsWith("kinbridge/"))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(kinbridge).containsKeys("case-service", "family-service", "matching-service", "gateway");
		kinbridge.forEach((name, service) -> assertThat(composeEnvironment(service)).as(name)
			.containsEntry(UPDATE_CHECKER, "true"));
	}

	@Test
	void kubernetesRunsThreeKraftBrokersWithReplicationThreeAndMinInsyncTwo() {
		Map<String, Object> kafka = statefulSetRunning("apache/kafka:");
		String headless = String.valueOf(path(kafka, "spec", "serviceName"));
		Map<String, String> environment = containerEnvironment(onlyContainer(kafka));

		assertThat(integer(path(kafka, "spec", "replicas"))).isEqualTo(3);
		assertThat(path(kafka, "spec", "podManagementPolicy")).isEqualTo("Parallel");
		assertHeadlessServiceSelects(headless, kafka);
		assertKraftSettings(environment);
		List<String> podHosts = podHosts(kafka, headless);
		assertThat(voterHosts(environment))
			.containsExactlyElementsOf(podHosts.stream().map((host) -> host + ":9093").toList());
		assertThat(commaSeparated(configMapData("kinbridge-shared").get("KINBRIDGE_KAFKA_BOOTSTRAP")))
			.containsExactlyInAnyOrderElementsOf(podHosts.stream().map((host) -> host + ":9092").toList());
	}

	@Test
	void kubernetesRunsAThreeMemberMongoReplicaSetAndInitiatesItWithAllMembers() {
		Map<String, Object> mongo = statefulSetRunning("mongo:");
		String headless = String.valueOf(path(mongo, "spec", "serviceName"));
		List<String> memberHosts = podHosts(mongo, headless).stream().map((host) -> host + ":27017").toList();

		assertThat(integer(path(mongo, "spec", "replicas"))).isEqualTo(3);
		assertThat(replicaSetName(strings(onlyContainer(mongo).get("args")))).isEqualTo("rs0");
		assertHeadlessServiceSelects(headless, mongo);
		String initScript = objectsOfKind("Job").stream()
			.map((job) -> commandLine(onlyContainer(job)))
			.filter((command) -> command.contains("rs.initiate("))
			.collect(onlyOne("a Job that runs rs.initiate"));
		assertThat(initScript).contains("_id: 'rs0'");
		memberHosts.forEach((host) -> assertThat(initScript).contains("host: '" + host + "'"));
		assertMajorityMongoUri(configMapData("kinbridge-shared").get("KINBRIDGE_MONGO_URI"), Set.copyOf(memberHosts));
	}

	@Test
	void kubernetesRunsEachServiceWithTwoReplicasProbesResourcesAndTheSharedSettings() {
		for (String name : SERVICES) {
			Map<String, Object> deployment = object("Deployment", name);
			Map<String, Object> container = onlyContainer(deployment);
			Map<String, String> environment = containerEnvironment(container);

			assertThat(integer(path(deployment, "spec", "replicas"))).as(name).isGreaterThanOrEqualTo(2);
			assertThat(container.get("image")).as(name).isEqualTo("kinbridge/" + name + ":0.1.0");
			assertThat(path(container, "readinessProbe", "httpGet", "path")).as(name)
				.isEqualTo("/actuator/health/readiness");
			assertThat(path(container, "livenessProbe", "httpGet", "path")).as(name)
				.isEqualTo("/actuator/health/liveness");
			assertHasRequestsAndLimits(name, container);
			assertThat(commaSeparated(environment.get("KINBRIDGE_KAFKA_BOOTSTRAP"))).as(name).hasSize(3);
			assertThat(environment.get("KINBRIDGE_MONGO_URI")).as(name).contains("w=majority");
			assertThat(object("Service", name)).as(name).isNotNull();
		}
	}

	@Test
	void kubernetesRunsTwoGatewayReplicasBehindAServiceOnPort8080() {
		Map<String, Object> gateway = object("Deployment", "gateway");
		Map<String, Object> container = onlyContainer(gateway);
		Map<String, Object> service = object("Service", "gateway");

		assertThat(integer(path(gateway, "spec", "replicas"))).isGreaterThanOrEqualTo(2);
		assertThat(container.get("image")).isEqualTo("kinbridge/gateway:0.1.0");
		assertHasRequestsAndLimits("gateway", container);
		assertThat(maps(path(service, "spec", "ports")))
			.anySatisfy((port) -> assertThat(port.get("port")).isEqualTo(8080));
		assertThat(containerEnvironment(container).values())
			.anySatisfy((value) -> assertThat(value).contains("//case-service:8081"))
			.anySatisfy((value) -> assertThat(value).contains("//family-service:8082"))
			.anySatisfy((value) -> assertThat(value).contains("//matching-service:8083"));
	}

	@Test
	void kubernetesCreatesEveryTopicAndItsDeadLetterTopicWithReplicationThree() {
		String script = objectsOfKind("Job").stream()
			.map((job) -> commandLine(onlyContainer(job)))
			.filter((command) -> command.contains("kafka-topics.sh"))
			.collect(onlyOne("a Job that creates the topics"));

		assertCreatesEveryTopic(script);
	}

	@Test
	void kubernetesGuardsEveryWorkloadWithAPodDisruptionBudget() {
		List<Map<String, Object>> budgets = objectsOfKind("PodDisruptionBudget");
		List<Map<String, Object>> workloads = new ArrayList<>(objectsOfKind("Deployment"));
		workloads.addAll(objectsOfKind("StatefulSet"));

		assertThat(workloads).hasSizeGreaterThanOrEqualTo(6);
		for (Map<String, Object> workload : workloads) {
			Map<String, Object> podLabels = map(path(workload, "spec", "template", "metadata", "labels"));
			assertThat(budgets).as(String.valueOf(path(workload, "metadata", "name")))
				.anySatisfy((budget) -> assertThat(podLabels)
					.containsAllEntriesOf(map(path(budget, "spec", "selector", "matchLabels"))));
		}
	}

	@Test
	void everyKinbridgeContainerInKubernetesDisablesTheAxonUpdateChecker() {
		List<Map<String, Object>> containers = objectsOfKind("Deployment").stream()
			.flatMap((deployment) -> maps(path(deployment, "spec", "template", "spec", "containers")).stream())
			.filter((container) -> String.valueOf(container.get("image")).startsWith("kinbridge/"))
			.toList();

		assertThat(containers).extracting((container) -> container.get("name"))
			.contains("case-service", "family-service", "matching-service", "gateway");
		containers
			.forEach((container) -> assertThat(containerEnvironment(container)).as(container.get("name").toString())
				.containsEntry(UPDATE_CHECKER, "true"));
	}

	@Test
	void everyKubernetesObjectLivesInTheKinbridgeNamespace() {
		assertThat(object("Namespace", NAMESPACE)).isNotNull();
		assertThat(kubernetesObjects()).filteredOn((object) -> !"Namespace".equals(object.get("kind")))
			.allSatisfy((object) -> assertThat(path(object, "metadata", "namespace")).as(describe(object))
				.isEqualTo(NAMESPACE));
	}

	@Test
	void kustomizationListsEveryManifestAndNothingElse() throws IOException {
		Map<String, Object> kustomization = documents(K8S_DIR.resolve("kustomization.yaml")).get(0);
		Set<String> manifests = yamlFiles(K8S_DIR).stream()
			.map((file) -> file.getFileName().toString())
			.filter((name) -> !name.equals("kustomization.yaml"))
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(kustomization.get("namespace")).isEqualTo(NAMESPACE);
		assertThat(strings(kustomization.get("resources"))).containsExactlyInAnyOrderElementsOf(manifests);
	}

	// Shared assertions

	private static void assertKraftSettings(Map<String, String> environment) {
		assertThat(commaSeparated(environment.get("KAFKA_PROCESS_ROLES"))).containsExactlyInAnyOrder("broker",
				"controller");
		assertThat(environment).containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
			.containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
			.containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
			.containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
			.containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
			.containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
			.containsKey("CLUSTER_ID");
		assertThat(voterHosts(environment)).hasSize(3);
	}

	private static void assertMajorityMongoUri(String uri, Set<String> members) {
		assertThat(uri).startsWith("mongodb://");
		String hosts = uri.substring("mongodb://".length(), uri.indexOf('/', "mongodb://".length()));
		Set<String> parameters = Set.of(uri.substring(uri.indexOf('?') + 1).split("&"));
		assertThat(commaSeparated(hosts)).as(uri).containsExactlyInAnyOrderElementsOf(members);
		assertThat(parameters).as(uri).contains("replicaSet=rs0", "w=majority", "readConcernLevel=majority");
	}

	private static void assertCreatesEveryTopic(String script) {
		Set<String> words = Set.of(script.replace("\\", " ").split("\\s+"));
		assertThat(Topics.all()).isNotEmpty();
		for (String topic : Topics.all()) {
			assertThat(words).contains(topic, Topics.deadLetterOf(topic));
		}
		assertThat(script).contains("--if-not-exists", "--replication-factor 3", "min.insync.replicas=2");
	}

	private static void assertHasRequestsAndLimits(String name, Map<String, Object> container) {
		for (String kind : List.of("requests", "limits")) {
			assertThat(map(path(container, "resources", kind))).as(name + " " + kind).containsKeys("cpu", "memory");
		}
	}

	private static void assertHeadlessServiceSelects(String name, Map<String, Object> statefulSet) {
		Map<String, Object> service = object("Service", name);
		assertThat(path(service, "spec", "clusterIP")).as(name).isEqualTo("None");
		assertThat(map(path(statefulSet, "spec", "template", "metadata", "labels"))).as(name)
			.containsAllEntriesOf(map(path(service, "spec", "selector")));
	}

	// Compose

	private static Map<String, Map<String, Object>> composeServices() {
		Map<String, Object> compose = documents(COMPOSE_DIR.resolve("compose.yaml")).get(0);
		Map<String, Map<String, Object>> services = new LinkedHashMap<>();
		map(compose.get("services")).forEach((name, service) -> services.put(name, map(service)));
		return services;
	}

	private static Map<String, Map<String, String>> composeKafkaBrokers() {
		Map<String, Map<String, String>> brokers = new LinkedHashMap<>();
		composeServices().forEach((name, service) -> {
			Map<String, String> environment = composeEnvironment(service);
			if (String.valueOf(service.get("image")).startsWith("apache/kafka:")
					&& environment.containsKey("KAFKA_PROCESS_ROLES")) {
				brokers.put(name, environment);
			}
		});
		return brokers;
	}

	private static Map<String, Map<String, Object>> composeMongoMembers() {
		Map<String, Map<String, Object>> members = new LinkedHashMap<>();
		composeServices().forEach((name, service) -> {
			if (String.valueOf(service.get("image")).startsWith("mongo:")
					&& strings(service.get("command")).contains("--replSet")) {
				members.put(name, service);
			}
		});
		return members;
	}

	/** Compose accepts the environment as a map or as a list of KEY=VALUE strings. */
	private static Map<String, String> composeEnvironment(Map<String, Object> service) {
		Object environment = service.get("environment");
		Map<String, String> result = new LinkedHashMap<>();
		if (environment instanceof Map<?, ?> entries) {
			entries.forEach(
					(key, value) -> result.put(String.valueOf(key), (value != null) ? String.valueOf(value) : null));
		}
		else if (environment instanceof List<?> entries) {
			for (Object entry : entries) {
				String[] keyValue = String.valueOf(entry).split("=", 2);
				result.put(keyValue[0], (keyValue.length > 1) ? keyValue[1] : null);
			}
		}
		return result;
	}

	// Kubernetes

	private static List<Map<String, Object>> kubernetesObjects() {
		try {
			return yamlFiles(K8S_DIR).stream()
				.filter((file) -> !file.getFileName().toString().equals("kustomization.yaml"))
				.flatMap((file) -> documents(file).stream())
				.toList();
		}
		catch (IOException ex) {
			throw new AssertionError("Cannot list " + K8S_DIR + ": " + ex.getMessage(), ex);
		}
	}

	private static List<Map<String, Object>> objectsOfKind(String kind) {
		return kubernetesObjects().stream().filter((object) -> kind.equals(object.get("kind"))).toList();
	}

	private static Map<String, Object> object(String kind, String name) {
		return objectsOfKind(kind).stream()
			.filter((object) -> name.equals(path(object, "metadata", "name")))
			.collect(onlyOne(kind + " " + name));
	}

	private static Map<String, Object> statefulSetRunning(String imagePrefix) {
		return objectsOfKind("StatefulSet").stream()
			.filter((statefulSet) -> String.valueOf(onlyContainer(statefulSet).get("image")).startsWith(imagePrefix))
			.collect(onlyOne("a StatefulSet running " + imagePrefix));
	}

	private static Map<String, Object> onlyContainer(Map<String, Object> workload) {
		List<Map<String, Object>> containers = maps(path(workload, "spec", "template", "spec", "containers"));
		assertThat(containers).as(describe(workload)).hasSize(1);
		return containers.get(0);
	}

	private static String commandLine(Map<String, Object> container) {
		List<String> words = new ArrayList<>(strings(container.get("command")));
		words.addAll(strings(container.get("args")));
		return String.join(" ", words);
	}

	/**
	 * Stable pod DNS names of a StatefulSet:
	 * {@code <name>-<ordinal>.<service>.<namespace>.svc.cluster.local}.
	 */
	private static List<String> podHosts(Map<String, Object> statefulSet, String headlessService) {
		String name = String.valueOf(path(statefulSet, "metadata", "name"));
		int replicas = integer(path(statefulSet, "spec", "replicas"));
		return IntStream.range(0, replicas)
			.mapToObj(
					(ordinal) -> name + "-" + ordinal + "." + headlessService + "." + NAMESPACE + ".svc.cluster.local")
			.toList();
	}

	private static Map<String, String> configMapData(String name) {
		Map<String, String> data = new LinkedHashMap<>();
		map(object("ConfigMap", name).get("data")).forEach((key, value) -> data.put(key, String.valueOf(value)));
		return data;
	}

	/** The environment a container sees: envFrom config maps first, then env entries. */
	private static Map<String, String> containerEnvironment(Map<String, Object> container) {
		Map<String, String> environment = new LinkedHashMap<>();
		for (Map<String, Object> source : maps(container.get("envFrom"))) {
			environment.putAll(configMapData(String.valueOf(path(source, "configMapRef", "name"))));
		}
		for (Map<String, Object> variable : maps(container.get("env"))) {
			String name = String.valueOf(variable.get("name"));
			Object reference = path(variable, "valueFrom", "configMapKeyRef");
			if (reference != null) {
				Map<String, Object> keyRef = map(reference);
				String value = configMapData(String.valueOf(keyRef.get("name"))).get(String.valueOf(keyRef.get("key")));
				assertThat(value).as(name + " refers to a missing config map key").isNotNull();
				environment.put(name, value);
			}
			else {
				environment.put(name, String.valueOf(variable.get("value")));
			}
		}
		return environment;
	}

	private static String describe(Map<String, Object> object) {
		return object.get("kind") + " " + path(object, "metadata", "name");
	}

	// Kafka and MongoDB values

	private static List<String> voterHosts(Map<String, String> environment) {
		return commaSeparated(environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).stream()
			.map((voter) -> voter.substring(voter.indexOf('@') + 1))
			.toList();
	}

	private static String replicaSetName(List<String> arguments) {
		int option = arguments.indexOf("--replSet");
		assertThat(option).as("--replSet in " + arguments).isNotNegative().isLessThan(arguments.size() - 1);
		return arguments.get(option + 1);
	}

	// YAML access

	private static List<Path> yamlFiles(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
	}

	private static List<Map<String, Object>> documents(Path file) {
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
		List<Map<String, Object>> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file)) {
			for (Object document : yaml.loadAll(reader)) {
				if (document != null) {
					assertThat(document).as(file + " holds a document that is not a mapping").isInstanceOf(Map.class);
					documents.add(map(document));
				}
			}
		}
		catch (IOException ex) {
			throw new AssertionError("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
		catch (YAMLException ex) {
			throw new AssertionError(file + " is not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""),
					ex);
		}
		return documents;
	}

	private static Object path(Map<String, Object> root, String... keys) {
		Object current = root;
		for (String key : keys) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static List<Map<String, Object>> maps(Object value) {
		if (value == null) {
			return List.of();
		}
		assertThat(value).isInstanceOf(List.class);
		return ((List<?>) value).stream().map(DeploymentFilesTest::map).toList();
	}

	private static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

	private static List<String> commaSeparated(String value) {
		assertThat(value).isNotBlank();
		return Arrays.stream(value.split(",")).map(String::trim).toList();
	}

	private static int integer(Object value) {
		assertThat(value).isInstanceOf(Integer.class);
		return (Integer) value;
	}

	private static <T> java.util.stream.Collector<T, ?, T> onlyOne(String what) {
		return Collectors.collectingAndThen(Collectors.toList(), (found) -> {
			assertThat(found).as("expected exactly one " + what).hasSize(1);
			return found.get(0);
		});
	}

}
