package org.kinbridge.audit.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.Binary;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.log.LogStorage;
import org.kinbridge.auditlog.merkle.Hash;

/**
 * One log's leaf hashes in a MongoDB collection shared by all logs, one document per
 * leaf: {@code {origin, index, leafHash}}. The unique key on (origin, index) is what
 * makes two appenders racing for a slot fail instead of forking the log; a gap or a
 * duplicate found on reading is reported, never papered over, because it means someone
 * wrote to the collection behind the log's back.
 */
public final class MongoLogStorage implements LogStorage {

	public static final String COLLECTION = "log_leaves";

	private final MongoCollection<Document> leaves;

	private final String origin;

	public MongoLogStorage(MongoCollection<Document> leaves, LogOrigin origin) {
		this.leaves = leaves;
		this.origin = origin.value();
	}

	/**
	 * Creates the keys the storage relies on; idempotent.
	 * @param leaves the collection
	 */
	public static void createIndexes(MongoCollection<Document> leaves) {
		leaves.createIndex(Indexes.ascending("origin", "index"),
				new IndexOptions().unique(true).name("one-leaf-per-position"));
		leaves.createIndex(Indexes.ascending("origin", "leafHash"), new IndexOptions().name("by-leaf-hash"));
	}

	@Override
	public void append(long index, Hash leafHash) {
		long size = size();
		if (index != size) {
			throw new IllegalStateException(
					"leaf " + index + " cannot be appended to " + this.origin + " of " + size + " leaves");
		}
		try {
			this.leaves.insertOne(new Document("origin", this.origin).append("index", index)
				.append("leafHash", new Binary(leafHash.bytes())));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				throw new IllegalStateException(
						"leaf " + index + " of " + this.origin + " was taken by another appender", ex);
			}
			throw ex;
		}
	}

	@Override
	public List<Hash> leafHashes(long from, long to) {
		long size = size();
		if (from < 0 || from > to || to > size) {
			throw new IllegalArgumentException(
					"range " + from + ".." + to + " is outside " + this.origin + " of " + size + " leaves");
		}
		List<Hash> hashes = new ArrayList<>((int) (to - from));
		long expected = from;
		for (Document leaf : this.leaves
			.find(Filters.and(Filters.eq("origin", this.origin), Filters.gte("index", from), Filters.lt("index", to)))
			.sort(Sorts.ascending("index"))) {
			long index = ((Number) leaf.get("index")).longValue();
			if (index != expected) {
				throw new IllegalStateException("the stored log " + this.origin + " is damaged: leaf " + expected
						+ ((index < expected) ? " is stored twice" : " is missing"));
			}
			hashes.add(new Hash(leaf.get("leafHash", Binary.class).getData()));
			expected++;
		}
		if (expected != to) {
			throw new IllegalStateException(
					"the stored log " + this.origin + " is damaged: leaf " + expected + " is missing");
		}
		return hashes;
	}

	@Override
	public long size() {
		Document last = this.leaves.find(Filters.eq("origin", this.origin))
			.sort(Sorts.descending("index"))
			.projection(Projections.include("index"))
			.limit(1)
			.first();
		return (last != null) ? ((Number) last.get("index")).longValue() + 1 : 0;
	}

	/**
	 * Where a leaf already stands, so that an event delivered again is not appended
	 * twice.
	 * @param leafHash the leaf hash (unique per event, as the leaf holds the event id)
	 * @return its index, if stored
	 */
	public Optional<Long> indexOf(Hash leafHash) {
		Document leaf = this.leaves
			.find(Filters.and(Filters.eq("origin", this.origin), Filters.eq("leafHash", new Binary(leafHash.bytes()))))
			.limit(1)
			.first();
		return Optional.ofNullable(leaf).map((found) -> ((Number) found.get("index")).longValue());
	}

}
