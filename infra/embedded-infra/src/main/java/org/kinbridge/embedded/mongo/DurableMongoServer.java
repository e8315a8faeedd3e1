package org.kinbridge.embedded.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB wire-protocol server (mongo-java-server) whose data lives in one H2 MVStore
 * file and whose acknowledged writes survive the process being killed: each request that
 * changes data is committed to the file before the reply is sent. With {@code fsync} the
 * commit is also forced to the disk, which protects against a power cut too, at the cost
 * of one fsync per write.
 */
public final class DurableMongoServer implements AutoCloseable {

	private static final int COMPACT_ON_OPEN_MILLIS = 2_000;

	private final DurableH2Backend backend;

	private final MongoServer server;

	private String uri;

	private DurableMongoServer(MVStore store, boolean fsync) {
		this.backend = new DurableH2Backend(store, fsync);
		this.server = new MongoServer(this.backend);
	}

	/**
	 * A server on the given MVStore file, created if missing; {@code fsync} forces each
	 * commit to the disk.
	 */
	public static DurableMongoServer onFile(Path file, boolean fsync) {
		Path absolute = file.toAbsolutePath();
		try {
			Files.createDirectories(absolute.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + absolute.getParent(), ex);
		}
		MVStore store = new MVStore.Builder().fileName(absolute.toString()).autoCommitDisabled().open();
		// One chunk per commit, reusable only after H2's 45 s retention time: a burst of
		// writes grows the file, and without the background writer nothing shrinks it,
		// so shrink it here, before anybody reads.
		store.compactFile(COMPACT_ON_OPEN_MILLIS);
		store.commit();
		return new DurableMongoServer(store, fsync);
	}

	/**
	 * A server that keeps everything in memory, for tests that do not care about
	 * restarts.
	 */
	public static DurableMongoServer inMemory() {
		return new DurableMongoServer(new MVStore.Builder().autoCommitDisabled().open(), false);
	}

	/**
	 * Starts listening; port 0 picks a free port. Returns the connection string without a
	 * database.
	 */
	public String start(String host, int port) {
		this.server.bind(host, port);
		InetSocketAddress address = this.server.getLocalAddress();
		this.uri = "mongodb://" + host + ":" + address.getPort();
		return this.uri;
	}

	public String uri() {
		return this.uri;
	}

	public boolean isInMemory() {
		return this.backend.isInMemory();
	}

	/**
	 * Stops accepting requests, then commits and closes the store.
	 */
	@Override
	public void close() {
		this.server.shutdown();
	}

}
