package org.kinbridge.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.log.LogStorage;

/**
 * The MongoDB storage on the wire server: the storage contract, plus what only a shared
 * database brings: two appenders, two logs in one collection, and leaves changed behind
 * the log's back.
 */
class MongoLogStorageTest extends LogStorageContract {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client = MongoClients.create("mongodb://" + hostAndPort(this.server));

	private final MongoCollection<Document> leaves = leaves(this.client);

	static MongoCollection<Document> leaves(MongoClient client) {
		MongoCollection<Document> leaves = client.getDatabase("audit_storage_test")
			.getCollection(MongoLogStorage.COLLECTION);
		MongoLogStorage.createIndexes(leaves);
		return leaves;
	}

	private static String hostAndPort(MongoServer server) {
		java.net.InetSocketAddress address = server.bind();
		return address.getHostString() + ":" + address.getPort();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Override
	protected LogStorage storage(LogOrigin origin) {
		return new MongoLogStorage(this.leaves, origin);
	}

	@Test
	void twoAppendersCannotBothTakeTheSameSlot() {
		MongoLogStorage first = new MongoLogStorage(this.leaves, ORIGIN);
		MongoLogStorage second = new MongoLogStorage(this.leaves, ORIGIN);
		first.append(0, leaf(0));

		assertThatThrownBy(() -> second.append(0, leaf(1))).isInstanceOf(IllegalStateException.class);
		// Even past the size check: the unique key is what stops the fork.
		assertThatThrownBy(() -> this.leaves.insertOne(new Document("origin", ORIGIN.value()).append("index", 0L)
			.append("leafHash", new org.bson.types.Binary(leaf(1).bytes()))))
			.isInstanceOf(com.mongodb.MongoWriteException.class);
		assertThat(first.leafHashes(0, 1)).containsExactly(leaf(0));
	}

	@Test
	void theLogsOfTwoProvincesDoNotMix() {
		MongoLogStorage anGiang = new MongoLogStorage(this.leaves, ORIGIN);
		MongoLogStorage saigon = new MongoLogStorage(this.leaves, LogOrigin.forProvince("79"));
		anGiang.append(0, leaf(0));
		saigon.append(0, leaf(1));
		saigon.append(1, leaf(2));

		assertThat(anGiang.size()).isEqualTo(1);
		assertThat(saigon.leafHashes(0, 2)).containsExactly(leaf(1), leaf(2));
	}

	@Test
	void findsWhereALeafStandsSoThatARedeliveryIsNotAppendedTwice() {
		MongoLogStorage storage = new MongoLogStorage(this.leaves, ORIGIN);
		storage.append(0, leaf(0));
		storage.append(1, leaf(1));

		assertThat(storage.indexOf(leaf(1))).contains(1L);
		assertThat(storage.indexOf(leaf(2))).isEmpty();
	}

	@Test
	void aLeafRemovedFromTheCollectionIsReportedOnReading() {
		MongoLogStorage storage = new MongoLogStorage(this.leaves, ORIGIN);
		for (int i = 0; i < 4; i++) {
			storage.append(i, leaf(i));
		}
		this.leaves.deleteOne(new Document("origin", ORIGIN.value()).append("index", 1L));

		assertThatThrownBy(() -> storage.leafHashes(0, 4)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("leaf 1 is missing");
	}

}
