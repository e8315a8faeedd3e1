package org.kinbridge.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.localstack.config.Port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher as a person uses it: from the built jars, on its own ports and data
 * folder.
 */
class LocalStackIT {

	private static final Duration STARTUP = Duration.ofMinutes(6);

	private static final Path ROOT = Path.of(System.getProperty("basedir", "infra/local-stack"))
		.toAbsolutePath()
		.getParent()
		.getParent();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path dataDir;

	@Test
	void runsThePilotSurvivesAKilledServiceAndResumesWithTheSameData() throws Exception {
		for (String module : List.of("case-service", "family-service", "matching-service", "gateway")) {
			assumeThat(ROOT.resolve(module).resolve("target").resolve(module + ".jar"))
				.as("%s/target/%s.jar is missing: build the services first (./mvnw -B -q package -DskipTests)", module,
						module)
				.isRegularFile();
		}
		Path launcherJar = ROOT.resolve("infra/local-stack/target/kinbridge-local-stack.jar");
		assertThat(launcherJar).isRegularFile();
		Map<String, String> env = environment();
		String gateway = "http://localhost:" + env.get(Port.GATEWAY.variable());

		List<String> caregiverIds;
		try (LauncherProcess first = LauncherProcess.start(ROOT, launcherJar, env, this.dataDir.resolve("first.out"))) {
			first.awaitOutput(LocalStack.READY, STARTUP);
			assertThat(first.output()).contains("Loaded demo data of An Giang")
				.contains("Loaded demo data of TP. Hồ Chí Minh")
				.contains("Matching service sees 8 of 8 An Giang caregivers");

			caregiverIds = ids(list(gateway, "/api/families/caregivers", "officer.phutan"), "caregiverId");
			assertThat(caregiverIds).hasSize(8);
			assertThat(list(gateway, "/api/cases", "officer.phutan")).hasSize(5);
			assertThat(list(gateway, "/api/matching/caregivers", "officer.phutan")).hasSize(8);
			assertThat(list(gateway, "/api/families/caregivers", "officer.saigon")).hasSize(1);
			assertThat(list(gateway, "/api/cases", "officer.saigon")).hasSize(1);

			ProcessHandle family = first.child("family-service").orElseThrow();
			family.destroyForcibly();
			first.awaitOutput("family-service restarted and is up again", STARTUP);
			assertThat(first.child("family-service")).get().extracting(ProcessHandle::pid).isNotEqualTo(family.pid());
			await().atMost(Duration.ofMinutes(1))
				.untilAsserted(() -> assertThat(
						ids(list(gateway, "/api/families/caregivers", "officer.phutan"), "caregiverId"))
					.containsExactlyInAnyOrderElementsOf(caregiverIds));

			List<ProcessHandle> children = first.children();
			assertThat(children).hasSize(6);
			first.terminate(Duration.ofMinutes(2));
			assertThat(first.output()).contains("stopped");
			assertThat(children).noneMatch(ProcessHandle::isAlive);
		}

		try (LauncherProcess second = LauncherProcess.start(ROOT, launcherJar, env,
				this.dataDir.resolve("second.out"))) {
			second.awaitOutput(LocalStack.READY, STARTUP);
			assertThat(second.output()).contains("Demo data of An Giang (91), xã Phú Tân is already loaded")
				.doesNotContain("Loaded demo data");
			assertThat(ids(list(gateway, "/api/families/caregivers", "officer.phutan"), "caregiverId"))
				.containsExactlyInAnyOrderElementsOf(caregiverIds);
			assertThat(list(gateway, "/api/cases", "officer.phutan")).hasSize(5);
			second.terminate(Duration.ofMinutes(2));
		}
	}

	private Map<String, String> environment() throws IOException {
		Map<String, String> env = new HashMap<>();
		for (Port port : Port.values()) {
			try (ServerSocket probe = new ServerSocket(0)) {
				env.put(port.variable(), Integer.toString(probe.getLocalPort()));
			}
		}
		env.put("KINBRIDGE_LOCAL_DATA_DIR", this.dataDir.resolve("local").toString());
		env.put("KINBRIDGE_STARTUP_TIMEOUT", Long.toString(STARTUP.toSeconds() - 30));
		return env;
	}

	private JsonNode list(String gateway, String path, String user) throws Exception {
		String token = Files.readString(this.dataDir.resolve("local/tokens").resolve(user + ".jwt")).trim();
		HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s as %s: %s", path, user, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static List<String> ids(JsonNode list, String field) {
		List<String> ids = new ArrayList<>();
		list.forEach((item) -> ids.add(item.path(field).asText()));
		return ids;
	}

}
