package org.kinbridge.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kinbridge.localstack.StackUnderTest.STARTUP;

/**
 * The launcher as a person uses it: from the built jars, on its own ports and data
 * folder.
 */
class LocalStackIT {

	@TempDir
	Path dataDir;

	@Test
	void runsThePilotSurvivesAKilledServiceAndResumesWithTheSameData() throws Exception {
		Path launcherJar = StackUnderTest.launcherJarWithBuiltServices();
		Map<String, String> env = StackUnderTest.environment(this.dataDir);
		Gateway gateway = StackUnderTest.gateway(env, this.dataDir);

		List<String> caregiverIds;
		try (LauncherProcess first = LauncherProcess.start(StackUnderTest.ROOT, launcherJar, env,
				this.dataDir.resolve("first.out"))) {
			first.awaitOutput(LocalStack.READY, STARTUP);
			assertThat(first.output()).contains("Loaded demo data of An Giang")
				.contains("Loaded the roster of commune 30406: 4 hamlets, 2 collaborators")
				.contains("Loaded demo data of TP. Hồ Chí Minh")
				.contains("Matching service sees 8 of 8 An Giang caregivers");

			caregiverIds = Gateway.ids(gateway.list("/api/families/caregivers", "officer.phutan"), "caregiverId");
			assertThat(caregiverIds).hasSize(8);
			assertThat(gateway.list("/api/cases", "officer.phutan")).hasSize(5);
			assertThat(gateway.list("/api/matching/caregivers", "officer.phutan")).hasSize(8);
			await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
				assertThat(gateway.list("/api/cases/communes/30406/hamlets", "officer.phutan")).hasSize(4);
				assertThat(gateway.list("/api/cases/communes/30406/collaborators", "officer.phutan")).hasSize(2);
			});
			assertThat(gateway.list("/api/families/caregivers", "officer.saigon")).hasSize(1);
			assertThat(gateway.list("/api/cases", "officer.saigon")).hasSize(1);

			ProcessHandle family = first.child("family-service").orElseThrow();
			family.destroyForcibly();
			first.awaitOutput("family-service restarted and is up again", STARTUP);
			assertThat(first.child("family-service")).get().extracting(ProcessHandle::pid).isNotEqualTo(family.pid());
			await().atMost(Duration.ofMinutes(1))
				.untilAsserted(() -> assertThat(
						Gateway.ids(gateway.list("/api/families/caregivers", "officer.phutan"), "caregiverId"))
					.containsExactlyInAnyOrderElementsOf(caregiverIds));

			List<ProcessHandle> children = first.children();
			assertThat(children).hasSize(6);
			first.terminate(Duration.ofMinutes(2));
			assertThat(first.output()).contains("stopped");
			assertThat(children).noneMatch(ProcessHandle::isAlive);
		}

		try (LauncherProcess second = LauncherProcess.start(StackUnderTest.ROOT, launcherJar, env,
				this.dataDir.resolve("second.out"))) {
			second.awaitOutput(LocalStack.READY, STARTUP);
			assertThat(second.output()).contains("Demo data of An Giang (91), xã Phú Tân is already loaded")
				.doesNotContain("Loaded demo data");
			assertThat(Gateway.ids(gateway.list("/api/families/caregivers", "officer.phutan"), "caregiverId"))
				.containsExactlyInAnyOrderElementsOf(caregiverIds);
			assertThat(gateway.list("/api/cases", "officer.phutan")).hasSize(5);
			second.terminate(Duration.ofMinutes(2));
		}
	}

}
