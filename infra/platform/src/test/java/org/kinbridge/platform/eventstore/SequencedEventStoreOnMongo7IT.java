package org.kinbridge.platform.eventstore;

import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The event-store scenarios on a real MongoDB 7 (a single-node replica set), where Docker
 * exists; skipped cleanly elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class SequencedEventStoreOnMongo7IT extends SequencedEventStoreTrackingContract {

	@Container
	private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

	@Override
	protected String mongoUri() {
		return MONGO.getConnectionString() + "/?w=majority&readConcernLevel=majority";
	}

}
