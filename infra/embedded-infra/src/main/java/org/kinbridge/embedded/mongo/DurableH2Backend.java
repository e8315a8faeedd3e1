package org.kinbridge.embedded.mongo;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend, but every request that changed data is committed to the file before its
 * reply leaves the server, and {@code hello} is answered on every database.
 * <p>
 * The stock backend lets the MVStore auto-commit about once a second, and in H2 2.x that
 * store even runs on a background executor, so an acknowledged write could still be in
 * memory when the process dies. Here the store is opened with auto-commit disabled (no
 * background executor, so {@link MVStore#commit()} writes the chunk before it returns)
 * and every entry point of the backend commits after the request. Read-only requests find
 * nothing to commit and pay almost nothing.
 * <p>
 * mongo-java-server 1.47 knows only the legacy {@code isMaster}, while Spring Boot's
 * MongoDB health indicator sends {@code hello} to the service's own database; without an
 * answer every service would report itself DOWN.
 */
final class DurableH2Backend extends H2Backend {

	// Serialises commit and fsync: a request whose change went out with another thread's
	// commit still waits until that commit (and its fsync) has finished.
	private final ReentrantLock commitLock = new ReentrantLock();

	private final boolean fsync;

	DurableH2Backend(MVStore store, boolean fsync) {
		super(store);
		this.fsync = fsync;
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		try {
			if ("hello".equalsIgnoreCase(command)) {
				Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
				reply.put("isWritablePrimary", Boolean.TRUE);
				return reply;
			}
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			commitChanges();
		}
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		try {
			return super.handleMessage(message);
		}
		finally {
			commitChanges();
		}
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		try {
			return super.handleQuery(query);
		}
		finally {
			commitChanges();
		}
	}

	@Override
	public void dropDatabase(String database) {
		try {
			super.dropDatabase(database);
		}
		finally {
			commitChanges();
		}
	}

	@Override
	public void closeCursors(List<Long> cursorIds) {
		try {
			super.closeCursors(cursorIds);
		}
		finally {
			commitChanges();
		}
	}

	@Override
	public void handleClose(Channel channel) {
		try {
			super.handleClose(channel);
		}
		finally {
			commitChanges();
		}
	}

	/**
	 * Writes whatever changed since the last commit. {@link MVStore#commit()} returns at
	 * once when nothing changed, so calling it after every request costs a lock and a
	 * check.
	 */
	void commitChanges() {
		MVStore store = getMvStore();
		if (store.isClosed()) {
			return;
		}
		this.commitLock.lock();
		try {
			long before = store.getCurrentVersion();
			store.commit();
			if (this.fsync && store.getCurrentVersion() != before && store.getFileStore() != null) {
				store.sync();
			}
		}
		finally {
			this.commitLock.unlock();
		}
	}

	@Override
	public void close() {
		this.commitLock.lock();
		try {
			super.close();
		}
		finally {
			this.commitLock.unlock();
		}
	}

}
