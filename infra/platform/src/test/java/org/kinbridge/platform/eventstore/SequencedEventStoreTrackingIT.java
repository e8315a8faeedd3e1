package org.kinbridge.platform.eventstore;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The event-store scenarios on mongo-java-server, as the local stack and CI run them. */
class SequencedEventStoreTrackingIT extends SequencedEventStoreTrackingContract {

	private static MongoServer server;

	private static String uri;

	@BeforeAll
	static void startServer() {
		server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = server.bind();
		uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
	}

	@AfterAll
	static void stopServer() {
		server.shutdownNow();
	}

	@Override
	protected String mongoUri() {
		return uri;
	}

}
