package org.kinbridge.embedded.kafka;

import java.nio.file.Path;

import org.kinbridge.embedded.MainSupport;

/**
 * Runs one {@link EmbeddedKafkaBroker} as a process of its own. Settings come from
 * {@code --data-dir=}, {@code --host=}, {@code --port=} and {@code --controller-port=},
 * or from {@code KINBRIDGE_KAFKA_DATA_DIR}, {@code KINBRIDGE_KAFKA_HOST},
 * {@code KINBRIDGE_KAFKA_PORT} and {@code KINBRIDGE_KAFKA_CONTROLLER_PORT}. Prints
 * {@code READY kafka <bootstrap>} once clients can connect, and stops cleanly on SIGTERM.
 */
public final class KafkaBrokerMain {

	private KafkaBrokerMain() {
	}

	public static void main(String[] args) {
		EmbeddedKafkaBroker broker;
		try {
			Path dataDir = Path
				.of(MainSupport.setting(args, "data-dir", "KINBRIDGE_KAFKA_DATA_DIR", ".kinbridge/local/kafka"));
			broker = EmbeddedKafkaBroker.builder(dataDir)
				.host(MainSupport.setting(args, "host", "KINBRIDGE_KAFKA_HOST", "localhost"))
				.port(MainSupport.portSetting(args, "port", "KINBRIDGE_KAFKA_PORT", 9092))
				.controllerPort(
						MainSupport.portSetting(args, "controller-port", "KINBRIDGE_KAFKA_CONTROLLER_PORT", 9093))
				.start();
		}
		catch (IllegalArgumentException ex) {
			MainSupport.fail(ex.getMessage());
			return;
		}
		catch (RuntimeException ex) {
			// The broker's threads would keep a half-started JVM alive: exit visibly.
			ex.printStackTrace();
			System.exit(1);
			return;
		}
		System.out.println("READY kafka " + broker.bootstrapServers());
		MainSupport.blockUntilStopped("kafka", broker);
	}

}
