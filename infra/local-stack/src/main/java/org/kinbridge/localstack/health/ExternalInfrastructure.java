package org.kinbridge.localstack.health;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.bson.Document;
import org.kinbridge.localstack.StackException;

/**
 * Checks a Kafka or MongoDB the person asked to use instead of the embedded ones, so that
 * a typo in an address fails in ten seconds with one line, not in six service logs.
 */
public final class ExternalInfrastructure {

	private static final int TIMEOUT_MS = 10_000;

	private ExternalInfrastructure() {
	}

	public static void requireKafka(String bootstrap) {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS, AdminClientConfig.CLIENT_ID_CONFIG,
				"kinbridge-local-stack-check");
		try (Admin admin = Admin.create(config)) {
			admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
				.clusterId()
				.get(TIMEOUT_MS + 2_000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unreachable("Kafka", bootstrap, "KINBRIDGE_KAFKA_BOOTSTRAP", "broker");
		}
		catch (Exception ex) {
			throw unreachable("Kafka", bootstrap, "KINBRIDGE_KAFKA_BOOTSTRAP", "broker");
		}
	}

	public static void requireMongo(String uri) {
		ConnectionString connection;
		try {
			connection = new ConnectionString(uri);
		}
		catch (IllegalArgumentException ex) {
			throw new StackException(
					"KINBRIDGE_MONGO_URI=" + uri + " is not a MongoDB connection string: " + ex.getMessage());
		}
		MongoClientSettings settings = MongoClientSettings.builder()
			.applyConnectionString(connection)
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(TIMEOUT_MS, TimeUnit.MILLISECONDS))
			.applyToSocketSettings((socket) -> socket.connectTimeout(TIMEOUT_MS, TimeUnit.MILLISECONDS))
			.build();
		try (MongoClient client = MongoClients.create(settings)) {
			client.getDatabase("admin").runCommand(new Document("hello", 1));
		}
		catch (RuntimeException ex) {
			throw unreachable("MongoDB", String.join(",", connection.getHosts()), "KINBRIDGE_MONGO_URI", "server");
		}
	}

	private static StackException unreachable(String what, String address, String variable, String embedded) {
		return new StackException("Cannot reach " + what + " at " + address + " (" + variable
				+ "): check the address or unset it to use the embedded " + embedded + ".");
	}

}
