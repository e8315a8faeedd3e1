package org.kinbridge.platform.kafka;

import java.time.Clock;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

/**
 * The ids of the public events this service has handled, in its own database, so that an
 * event delivered twice (Kafka is at least once) takes effect once.
 */
public class ProcessedEvents {

	private final MongoCollection<Document> processed;

	private final Clock clock;

	public ProcessedEvents(MongoDatabase database, Clock clock) {
		this.processed = database.getCollection("processed_integration_events");
		this.clock = clock;
	}

	public boolean contains(String eventId) {
		return this.processed.find(Filters.eq("_id", eventId)).limit(1).first() != null;
	}

	public void record(IncomingIntegrationEvent event) {
		try {
			this.processed.insertOne(new Document("_id", event.id()).append("type", event.type())
				.append("subject", event.subject())
				.append("processedAt", Date.from(this.clock.instant())));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

}
