package org.kinbridge.audit.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.event.LeafEncoding;
import org.kinbridge.auditlog.log.AuditLog;
import org.kinbridge.auditlog.log.AuditLog.LogEntry;
import org.kinbridge.auditlog.merkle.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open Merkle log of every province, one {@code kinbridge/province/<code>}. A log is
 * rebuilt from its stored leaves when first used, and again when another replica took a
 * position first: the unique key refuses the second appender, which then catches up and
 * appends after the other's leaf.
 */
public class ProvinceLogs {

	private static final Logger log = LoggerFactory.getLogger(ProvinceLogs.class);

	private static final int ATTEMPTS = 5;

	private final MongoCollection<Document> leaves;

	private final Map<String, AuditLog> open = new ConcurrentHashMap<>();

	public ProvinceLogs(MongoDatabase database) {
		this.leaves = database.getCollection(MongoLogStorage.COLLECTION);
	}

	public void createIndexes() {
		MongoLogStorage.createIndexes(this.leaves);
	}

	public MongoLogStorage storage(String province) {
		return new MongoLogStorage(this.leaves, LogOrigin.forProvince(province));
	}

	/**
	 * Appends a decision to its province's log, once: an event whose leaf is already
	 * there (a redelivery after a crash) gets its earlier position back.
	 * @param event the decision as published
	 * @return its position
	 */
	public LogEntry append(DecisionEvent event) {
		MongoLogStorage storage = storage(event.province());
		Hash leafHash = LeafEncoding.leafHash(event);
		for (int attempt = 1;; attempt++) {
			Optional<Long> stored = storage.indexOf(leafHash);
			if (stored.isPresent()) {
				return new LogEntry(stored.get(), leafHash);
			}
			try {
				return log(event.province()).append(event);
			}
			catch (IllegalStateException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.info("Log of province {} moved on elsewhere ({}); reopening it", event.province(), ex.getMessage());
				this.open.remove(event.province());
			}
		}
	}

	/**
	 * The province's log as this process holds it, caught up with the storage first.
	 * @param province a province code
	 * @return the log
	 */
	public AuditLog log(String province) {
		AuditLog current = this.open.computeIfAbsent(province, this::reopen);
		if (current.size() != storage(province).size()) {
			current = reopen(province);
			this.open.put(province, current);
		}
		return current;
	}

	/**
	 * A log rebuilt from what is stored now, for verification: it sees any change made to
	 * the stored leaves behind the log's back.
	 * @param province a province code
	 * @return the log
	 * @throws IllegalStateException when the stored leaves have a gap or a duplicate
	 */
	public AuditLog reopen(String province) {
		return new AuditLog(LogOrigin.forProvince(province), storage(province));
	}

	/**
	 * @return the provinces that have a log
	 */
	public List<String> provinces() {
		List<String> provinces = new ArrayList<>();
		this.leaves.distinct("origin", String.class)
			.forEach((origin) -> provinces.add(origin.substring(origin.lastIndexOf('/') + 1)));
		return provinces;
	}

}
