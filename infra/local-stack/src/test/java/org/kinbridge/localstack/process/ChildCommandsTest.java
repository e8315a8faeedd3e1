package org.kinbridge.localstack.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChildCommandsTest {

	@Test
	void startsAnotherMainClassOfTheLauncherJarThroughThePropertiesLauncher() {
		ChildCommands commands = new ChildCommands(Path.of("/jdk/bin/java"),
				Optional.of(Path.of("/repo/infra/local-stack/target/kinbridge-local-stack.jar")), "ignored");

		List<String> command = commands.launcherClass("kafka", "org.example.Main", List.of("-Xmx256m"),
				List.of("--port=9092"));

		assertThat(command).containsExactly("/jdk/bin/java", "-Xmx256m", "-Dkinbridge.local-stack.child=kafka",
				"-Dkinbridge.log.level=INFO", "-Dloader.main=org.example.Main", "-cp",
				"/repo/infra/local-stack/target/kinbridge-local-stack.jar",
				"org.springframework.boot.loader.launch.PropertiesLauncher", "--port=9092");
	}

	@Test
	void usesTheClassPathDirectlyWhenTheLauncherDoesNotRunFromAJar() {
		ChildCommands commands = new ChildCommands(Path.of("java"), Optional.empty(), "classes:lib.jar");

		assertThat(commands.launcherClass("mongo", "org.example.Main", List.of(), List.of())).containsExactly("java",
				"-Dkinbridge.local-stack.child=mongo", "-Dkinbridge.log.level=INFO", "-cp", "classes:lib.jar",
				"org.example.Main");
	}

	@Test
	void runsAServiceJarWithItsMarker() {
		ChildCommands commands = new ChildCommands(Path.of("java"), Optional.empty(), "");

		assertThat(commands.bootJar("gateway", Path.of("gateway/target/gateway.jar"), List.of("-Xss512k")))
			.containsExactly("java", "-Xss512k", "-Dkinbridge.local-stack.child=gateway", "-jar",
					"gateway/target/gateway.jar");
	}

	@Test
	void takesASingleJarClassPathAsTheLauncherJarOnlyWhenItExists() {
		assertThat(ChildCommands.launcherJar("a.jar:b.jar")).isEmpty();
		assertThat(ChildCommands.launcherJar("target/classes")).isEmpty();
		assertThat(ChildCommands.launcherJar("/no/such/launcher.jar")).isEmpty();
	}

}
