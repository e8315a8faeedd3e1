package org.kinbridge.matching;

import java.net.InetSocketAddress;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * mongo-java-server's memory backend on a free local port, for tests of the views and the
 * shortlist store that need MongoDB's behaviour but no broker.
 */
public final class InMemoryMongo implements AutoCloseable {

	private final MongoServer server;

	private final String uri;

	private final MongoClient client;

	private InMemoryMongo(MongoServer server, String uri) {
		this.server = server;
		this.uri = uri;
		this.client = MongoClients.create(uri);
	}

	private static InMemoryMongo shared;

	/**
	 * One server for the whole test JVM, stopped when it ends.
	 * @return a fresh, empty database on it
	 */
	public static synchronized MongoTemplate freshDatabase(String prefix) {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-in-memory-mongo-stop"));
		}
		return shared.template(prefix + "_" + UUID.randomUUID().toString().replace("-", ""));
	}

	public static InMemoryMongo start() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		InetSocketAddress address = server.getLocalAddress();
		return new InMemoryMongo(server, "mongodb://127.0.0.1:" + address.getPort());
	}

	public String uri() {
		return this.uri;
	}

	public MongoTemplate template(String database) {
		return new MongoTemplate(this.client, database);
	}

	public MongoClient client() {
		return this.client;
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
	}

}
