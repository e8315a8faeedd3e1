package org.kinbridge.testkit;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.kinbridge.embedded.mongo.DurableMongoServer;

/**
 * A MongoDB wire server on a free port for the benchmarks, with either of
 * mongo-java-server's backends: {@code memory}, or {@code h2}, the MVStore backend the
 * local stack runs on (here in memory).
 *
 * @param uri the server's mongodb:// address
 * @param stop what stops it
 */
public record BenchmarkMongo(String uri, AutoCloseable stop) implements AutoCloseable {

	/**
	 * @param backend {@code memory} or {@code h2}
	 * @return a started server
	 */
	public static BenchmarkMongo start(String backend) {
		if ("memory".equals(backend)) {
			MongoServer server = new MongoServer(new MemoryBackend());
			server.bind("127.0.0.1", 0);
			InetSocketAddress address = server.getLocalAddress();
			return new BenchmarkMongo("mongodb://127.0.0.1:" + address.getPort(), server::shutdownNow);
		}
		if ("h2".equals(backend)) {
			DurableMongoServer server = DurableMongoServer.inMemory();
			return new BenchmarkMongo(server.start("127.0.0.1", 0), server::close);
		}
		throw new IllegalArgumentException("Unknown backend " + backend + "; use memory or h2");
	}

	@Override
	public void close() {
		try {
			this.stop.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not stop the server", ex);
		}
	}

}
