package org.kinbridge.embedded.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.kinbridge.embedded.FreePorts;

/**
 * A real Apache Kafka broker, combined broker and KRaft controller on one node, running
 * in this JVM. Its log directory is formatted only when it holds no
 * {@code meta.properties}, so a restart on the same directory keeps every topic and
 * record.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

	private static final int NODE_ID = 1;

	private static final String CONTROLLER_LISTENER = "CONTROLLER";

	private final Path dataDir;

	private final String host;

	private final int port;

	private final KafkaRaftServer server;

	private EmbeddedKafkaBroker(Path dataDir, String host, int port, KafkaRaftServer server) {
		this.dataDir = dataDir;
		this.host = host;
		this.port = port;
		this.server = server;
	}

	public static Builder builder(Path dataDir) {
		return new Builder(dataDir);
	}

	public String bootstrapServers() {
		return this.host + ":" + this.port;
	}

	public int port() {
		return this.port;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * Waits until a client can describe the cluster, which is the moment producers and
	 * consumers can use the broker.
	 */
	public void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				5_000);
		try (Admin admin = Admin.create(config)) {
			Exception last = null;
			while (System.nanoTime() < deadline) {
				try {
					if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
						.nodes()
						.get(5, TimeUnit.SECONDS)
						.isEmpty()) {
						return;
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for Kafka", ex);
				}
				catch (Exception ex) {
					last = ex;
				}
			}
			throw new IllegalStateException(
					"Kafka at " + bootstrapServers() + " did not become ready within " + timeout.toSeconds() + " s",
					last);
		}
	}

	@Override
	public void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
	}

	/**
	 * Settings of the broker; ports left at 0 are replaced by free ones.
	 */
	public static final class Builder {

		private final Path dataDir;

		private String host = "localhost";

		private int port;

		private int controllerPort;

		private Builder(Path dataDir) {
			this.dataDir = dataDir.toAbsolutePath();
		}

		public Builder host(String host) {
			this.host = host;
			return this;
		}

		public Builder port(int port) {
			this.port = port;
			return this;
		}

		public Builder controllerPort(int controllerPort) {
			this.controllerPort = controllerPort;
			return this;
		}

		/**
		 * Formats the log directory if it is new, starts the broker and waits until it
		 * serves clients.
		 */
		public EmbeddedKafkaBroker start() {
			int brokerPort = FreePorts.orPick(this.port);
			int quorumPort = FreePorts.orPick(this.controllerPort);
			KafkaConfig config = KafkaConfig.fromProps(properties(brokerPort, quorumPort), false);
			formatIfNew(config);
			KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
			EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(this.dataDir, this.host, brokerPort, server);
			try {
				server.startup();
				broker.awaitReady(Duration.ofSeconds(60));
				return broker;
			}
			catch (RuntimeException ex) {
				broker.close();
				throw ex;
			}
		}

		private Properties properties(int brokerPort, int quorumPort) {
			Properties props = new Properties();
			props.put("process.roles", "broker,controller");
			props.put("node.id", Integer.toString(NODE_ID));
			props.put("controller.quorum.voters", NODE_ID + "@" + this.host + ":" + quorumPort);
			props.put("listeners", "PLAINTEXT://" + this.host + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://"
					+ this.host + ":" + quorumPort);
			props.put("advertised.listeners", "PLAINTEXT://" + this.host + ":" + brokerPort);
			props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
			props.put("controller.listener.names", CONTROLLER_LISTENER);
			props.put("inter.broker.listener.name", "PLAINTEXT");
			props.put("log.dirs", this.dataDir.toString());
			// Topics are created on purpose, never by a consumer's typo.
			props.put("auto.create.topics.enable", "false");
			props.put("num.partitions", "1");
			props.put("default.replication.factor", "1");
			props.put("min.insync.replicas", "1");
			props.put("offsets.topic.replication.factor", "1");
			props.put("offsets.topic.num.partitions", "5");
			props.put("transaction.state.log.replication.factor", "1");
			props.put("transaction.state.log.min.isr", "1");
			props.put("transaction.state.log.num.partitions", "5");
			props.put("group.initial.rebalance.delay.ms", "0");
			// A laptop runs this next to six other JVMs: keep threads and buffers small.
			props.put("num.network.threads", "2");
			props.put("num.io.threads", "2");
			props.put("background.threads", "2");
			props.put("num.recovery.threads.per.data.dir", "1");
			props.put("num.replica.fetchers", "1");
			props.put("log.cleaner.threads", "1");
			props.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
			props.put("log.cleaner.io.buffer.size", Integer.toString(256 * 1024));
			props.put("log.index.size.max.bytes", Integer.toString(1024 * 1024));
			props.put("socket.send.buffer.bytes", Integer.toString(128 * 1024));
			props.put("socket.receive.buffer.bytes", Integer.toString(128 * 1024));
			props.put("queued.max.requests", "100");
			return props;
		}

		private void formatIfNew(KafkaConfig config) {
			if (Files.exists(this.dataDir.resolve("meta.properties"))) {
				return;
			}
			try {
				Files.createDirectories(this.dataDir);
				new Formatter().setPrintStream(System.out)
					.setNodeId(NODE_ID)
					.setClusterId(Uuid.randomUuid().toString())
					.setDirectories(List.of(this.dataDir.toString()))
					.setMetadataLogDirectory(config.metadataLogDir())
					.setControllerListenerName(CONTROLLER_LISTENER)
					.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
					.setUnstableFeatureVersionsEnabled(false)
					.run();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create " + this.dataDir, ex);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot format the Kafka log directory " + this.dataDir, ex);
			}
		}

	}

}
