package org.kinbridge.audit.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

/**
 * The events collection: one document per CloudEvents id, so that a redelivered event is
 * stored once. Positions come from a per-province counter, taken only for events not yet
 * stored, so that a province's history has no gaps from redeliveries.
 */
public class PublishedEvents {

	public static final String COLLECTION = "published_events";

	private final MongoCollection<Document> events;

	private final MongoCollection<Document> sequences;

	public PublishedEvents(MongoDatabase database) {
		this.events = database.getCollection(COLLECTION);
		this.sequences = database.getCollection("event_positions");
	}

	public void createIndexes() {
		this.events.createIndex(Indexes.ascending("province", "position"),
				new IndexOptions().unique(true).name("arrival-order"));
		this.events.createIndex(Indexes.ascending("caseIds", "province", "position"),
				new IndexOptions().name("by-case"));
		this.events.createIndex(Indexes.ascending("caregiverIds", "province", "position"),
				new IndexOptions().name("by-caregiver"));
		this.events.createIndex(Indexes.ascending("province", "leafIndex"), new IndexOptions().name("by-leaf"));
	}

	public Optional<StoredEvent> find(String eventId) {
		return Optional.ofNullable(this.events.find(Filters.eq("_id", eventId)).first()).map(PublishedEvents::read);
	}

	/**
	 * @param province a province code
	 * @return the next arrival position of that province
	 */
	public long nextPosition(String province) {
		Document counter = this.sequences.findOneAndUpdate(Filters.eq("_id", province), Updates.inc("value", 1L),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		return ((Number) counter.get("value")).longValue();
	}

	/**
	 * @param event the event
	 * @return false when an event with that id was stored already
	 */
	public boolean insert(StoredEvent event) {
		try {
			this.events.insertOne(write(event));
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
	}

	public void recordLeaf(String eventId, long leafIndex) {
		this.events.updateOne(Filters.eq("_id", eventId), Updates.set("leafIndex", leafIndex));
	}

	/**
	 * @param caseId a case id
	 * @param provinces the provinces to look in, or null for all
	 * @return the events about the case, by province and arrival
	 */
	public List<StoredEvent> aboutCase(String caseId, Collection<String> provinces) {
		return about("caseIds", caseId, provinces);
	}

	public List<StoredEvent> aboutCaregiver(String caregiverId, Collection<String> provinces) {
		return about("caregiverIds", caregiverId, provinces);
	}

	/**
	 * @param province a province code
	 * @return its decision events in log order
	 */
	public List<StoredEvent> decisionsOf(String province) {
		List<StoredEvent> found = new ArrayList<>();
		this.events.find(Filters.and(Filters.eq("province", province), Filters.ne("leafIndex", null)))
			.sort(Sorts.ascending("leafIndex"))
			.forEach((document) -> found.add(read(document)));
		return found;
	}

	public Optional<StoredEvent> decisionAt(String province, long leafIndex) {
		return Optional
			.ofNullable(
					this.events.find(Filters.and(Filters.eq("province", province), Filters.eq("leafIndex", leafIndex)))
						.first())
			.map(PublishedEvents::read);
	}

	private List<StoredEvent> about(String field, String id, Collection<String> provinces) {
		Bson filter = Filters.eq(field, id);
		if (provinces != null) {
			filter = Filters.and(filter, Filters.in("province", provinces));
		}
		List<StoredEvent> found = new ArrayList<>();
		this.events.find(filter)
			.sort(Sorts.ascending("province", "position"))
			.forEach((document) -> found.add(read(document)));
		return found;
	}

	private static Document write(StoredEvent event) {
		List<Document> headers = event.headers()
			.stream()
			.map((header) -> new Document("name", header.name()).append("value", new Binary(header.value())))
			.toList();
		return new Document("_id", event.eventId()).append("topic", event.topic())
			.append("key", event.key())
			.append("province", event.province())
			.append("position", event.position())
			.append("arrivedAt", Date.from(event.arrivedAt()))
			.append("type", event.type())
			.append("source", event.source())
			.append("subject", event.subject())
			.append("time", event.time())
			.append("headers", headers)
			.append("data", new Binary(event.data()))
			.append("caseIds", event.caseIds())
			.append("caregiverIds", event.caregiverIds())
			.append("decision", event.decision())
			.append("decisionTypesVersion", event.decisionTypesVersion())
			.append("leafIndex", event.leafIndex());
	}

	private static StoredEvent read(Document document) {
		List<StoredEvent.Header> headers = document.getList("headers", Document.class)
			.stream()
			.map((header) -> new StoredEvent.Header(header.getString("name"),
					header.get("value", Binary.class).getData()))
			.toList();
		Number leafIndex = (Number) document.get("leafIndex");
		return new StoredEvent(document.getString("_id"), document.getString("topic"), document.getString("key"),
				document.getString("province"), ((Number) document.get("position")).longValue(),
				document.getDate("arrivedAt").toInstant(), document.getString("type"), document.getString("source"),
				document.getString("subject"), document.getString("time"), headers,
				document.get("data", Binary.class).getData(), document.getList("caseIds", String.class),
				document.getList("caregiverIds", String.class), document.getBoolean("decision", false),
				document.getString("decisionTypesVersion"), (leafIndex != null) ? leafIndex.longValue() : null);
	}

}
