package org.kinbridge.localstack.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.localstack.StackException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortCheckTest {

	@TempDir
	Path home;

	@Test
	void namesATakenPortWithItsOverrideVariable() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			StackConfig config = config(Map.of("KINBRIDGE_KAFKA_PORT", Integer.toString(taken.getLocalPort())));

			assertThatThrownBy(() -> PortCheck.requireFree(config, EnumSet.of(Port.KAFKA)))
				.isInstanceOf(StackException.class)
				.hasMessage("Port " + taken.getLocalPort()
						+ " (Kafka) is already in use by another program: stop it, or set KINBRIDGE_KAFKA_PORT to a free port.");
		}
	}

	@Test
	void seesAPortTakenOnAllAddresses() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(0));
			StackConfig config = config(Map.of("KINBRIDGE_GATEWAY_PORT", Integer.toString(taken.getLocalPort())));

			assertThatThrownBy(() -> PortCheck.requireFree(config, EnumSet.of(Port.GATEWAY)))
				.hasMessageContaining("(Gateway) is already in use by another program");
		}
	}

	@Test
	void acceptsFreePorts() throws IOException {
		int free;
		try (ServerSocket probe = new ServerSocket(0)) {
			free = probe.getLocalPort();
		}
		StackConfig config = config(Map.of("KINBRIDGE_MONGO_PORT", Integer.toString(free)));

		assertThatCode(() -> PortCheck.requireFree(config, EnumSet.of(Port.MONGO))).doesNotThrowAnyException();
	}

	@Test
	void rejectsTwoComponentsOnTheSamePort() throws IOException {
		StackConfig config = config(Map.of("KINBRIDGE_CASE_PORT", "18500", "KINBRIDGE_FAMILY_PORT", "18500"));

		assertThatThrownBy(() -> PortCheck.requireFree(config, EnumSet.of(Port.CASE, Port.FAMILY))).hasMessage(
				"case-service and family-service are both set to port 18500: give KINBRIDGE_FAMILY_PORT another port.");
	}

	private StackConfig config(Map<String, String> env) throws IOException {
		Files.writeString(this.home.resolve("pom.xml"), "<project/>");
		Files.createDirectories(this.home.resolve("case-service"));
		return StackConfig.from(env, new Properties(), this.home, Optional.empty());
	}

}
