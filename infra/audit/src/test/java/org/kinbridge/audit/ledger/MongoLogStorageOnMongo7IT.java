package org.kinbridge.audit.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.log.LogStorage;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The storage contract on a real MongoDB 7, where Docker exists; skipped cleanly
 * elsewhere. The unique key is MongoDB's own here, not the wire server's imitation.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoLogStorageOnMongo7IT extends LogStorageContract {

	@Container
	private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

	private MongoClient client;

	private MongoCollection<Document> leaves;

	@BeforeEach
	void emptyCollection() {
		this.client = MongoClients.create(MONGO.getConnectionString());
		this.leaves = this.client.getDatabase("audit_storage_it").getCollection(MongoLogStorage.COLLECTION);
		this.leaves.drop();
		MongoLogStorage.createIndexes(this.leaves);
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Override
	protected LogStorage storage(LogOrigin origin) {
		return new MongoLogStorage(this.leaves, origin);
	}

	@Test
	void theUniqueKeyRefusesASecondLeafAtTheSamePosition() {
		new MongoLogStorage(this.leaves, ORIGIN).append(0, leaf(0));

		assertThatThrownBy(() -> this.leaves.insertOne(new Document("origin", ORIGIN.value()).append("index", 0L)
			.append("leafHash", new org.bson.types.Binary(leaf(1).bytes()))))
			.isInstanceOf(com.mongodb.MongoWriteException.class);
	}

}
