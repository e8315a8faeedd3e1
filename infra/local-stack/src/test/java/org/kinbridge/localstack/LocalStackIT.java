package org.kinbridge.localstack;

import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.localstack.jwt.AuthorizationCodeLogin;
import org.kinbridge.localstack.jwt.JwtKeys;

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
			acceptsOnlyTheAuthServersTokensAndKeepsProvincesApart(env, gateway, caregiverIds.get(0));
			String printed = LauncherProcess.run(StackUnderTest.ROOT, launcherJar, env,
					this.dataDir.resolve("token.out"), Duration.ofMinutes(2), "token", "officer.saigon");
			assertThat(printed.trim()).as("only the token, for $(...)").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
			gateway.getWithToken("/api/families/caregivers", printed.trim(), "the token the token subcommand printed")
				.expect(200);

			ProcessHandle family = first.child("family-service").orElseThrow();
			family.destroyForcibly();
			first.awaitOutput("family-service restarted and is up again", STARTUP);
			assertThat(first.child("family-service")).get().extracting(ProcessHandle::pid).isNotEqualTo(family.pid());
			await().atMost(Duration.ofMinutes(1))
				.untilAsserted(() -> assertThat(
						Gateway.ids(gateway.list("/api/families/caregivers", "officer.phutan"), "caregiverId"))
					.containsExactlyInAnyOrderElementsOf(caregiverIds));

			List<ProcessHandle> children = first.children();
			// Kafka, MongoDB, the auth server, three services, audit, analytics and the
			// gateway
			assertThat(children).hasSize(9);
			first.terminate(Duration.ofMinutes(2));
			assertThat(first.output()).contains("stopped");
			assertThat(children).noneMatch(ProcessHandle::isAlive);
		}

		// Tokens are fetched again at each start, from the auth server that starts anew.
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

	/**
	 * A token from the real login flow passes the gateway; an expired one, a forged one
	 * and one of another issuer get a 401 problem; an officer of TP. Hồ Chí Minh (79)
	 * does not find An Giang's (91) caregiver.
	 */
	private void acceptsOnlyTheAuthServersTokensAndKeepsProvincesApart(Map<String, String> env, Gateway gateway,
			String anGiangCaregiver) {
		String issuer = StackUnderTest.issuer(env);
		String loggedIn = new AuthorizationCodeLogin(issuer, "kinbridge-demo").accessToken("officer.saigon");
		gateway.getWithToken("/api/families/caregivers", loggedIn, "officer.saigon's token from the login").expect(200);

		RSAPrivateKey stackKey = JwtKeys.loadOrCreate(this.dataDir.resolve("local/jwt")).privateKey();
		String caregivers = "/api/families/caregivers";
		gateway.getWithToken(caregivers, ForeignTokens.expired(stackKey, issuer), "an expired token")
			.expectProblem(401);
		gateway.getWithToken(caregivers, ForeignTokens.forged(issuer), "a token signed with another key")
			.expectProblem(401);
		gateway
			.getWithToken(caregivers, ForeignTokens.ofAnotherIssuer(stackKey, "kinbridge-local"),
					"a token of another issuer")
			.expectProblem(401);

		gateway.get(caregivers + "/" + anGiangCaregiver, "officer.phutan").expect(200);
		gateway.get(caregivers + "/" + anGiangCaregiver, "officer.saigon").expectProblem(404);
		assertThat(Gateway.ids(gateway.list(caregivers, "officer.saigon"), "caregiverId"))
			.doesNotContain(anGiangCaregiver);
	}

}
