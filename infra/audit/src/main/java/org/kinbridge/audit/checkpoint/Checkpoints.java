package org.kinbridge.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.kinbridge.audit.AuditProperties;
import org.kinbridge.audit.ledger.ProvinceLogs;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.checkpoint.SignedCheckpoint;
import org.kinbridge.auditlog.log.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Signs, keeps and publishes the province logs' checkpoints: after every
 * {@code checkpoint-every-appends} new leaves, and when a log's latest checkpoint is
 * older than {@code checkpoint-interval}, so that an auditor always has a recent signed
 * root. The decision is taken from the stored checkpoints, not from counters in memory,
 * so that a restart or a second replica changes nothing.
 */
public class Checkpoints {

	private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

	public static final String COLLECTION = "checkpoints";

	private final MongoCollection<Document> checkpoints;

	private final ProvinceLogs logs;

	private final SigningKey key;

	private final KafkaTemplate<String, String> kafka;

	private final AuditProperties properties;

	private final Clock clock;

	public Checkpoints(MongoDatabase database, ProvinceLogs logs, SigningKey key, KafkaTemplate<String, String> kafka,
			AuditProperties properties, Clock clock) {
		this.checkpoints = database.getCollection(COLLECTION);
		this.logs = logs;
		this.key = key;
		this.kafka = kafka;
		this.properties = properties;
		this.clock = clock;
	}

	public void createIndexes() {
		this.checkpoints.createIndex(Indexes.ascending("origin", "treeSize", "time"),
				new IndexOptions().name("by-origin"));
	}

	/**
	 * Called after a leaf was appended: signs when enough leaves came since the last
	 * checkpoint.
	 * @param province the province whose log grew
	 */
	public synchronized void appended(String province) {
		long size = this.logs.log(province).size();
		long covered = latest(province).map(StoredCheckpoint::treeSize).orElse(0L);
		if (size - covered >= this.properties.checkpointEveryAppends()) {
			sign(province);
		}
	}

	/**
	 * Signs every log whose latest checkpoint is older than the interval, or that has
	 * none.
	 */
	@Scheduled(fixedDelayString = "${kinbridge.audit.checkpoint-check:PT1M}",
			initialDelayString = "${kinbridge.audit.checkpoint-check:PT1M}")
	public synchronized void signDueCheckpoints() {
		Instant due = this.clock.instant().minus(this.properties.checkpointInterval());
		for (String province : this.logs.provinces()) {
			Optional<StoredCheckpoint> latest = latest(province);
			if (latest.isEmpty() || !latest.get().time().isAfter(due)) {
				sign(province);
			}
		}
	}

	/**
	 * Signs, stores and publishes a checkpoint of the province's log as it is now.
	 * @param province a province code
	 * @return the checkpoint
	 */
	public synchronized StoredCheckpoint sign(String province) {
		AuditLog provinceLog = this.logs.log(province);
		SignedCheckpoint signed = provinceLog.checkpoint(this.clock, this.key.checkpointSigner(province));
		StoredCheckpoint stored = new StoredCheckpoint(signed.checkpoint().origin().value(),
				signed.checkpoint().treeSize(), signed.checkpoint().rootHash().base64(),
				signed.checkpoint().timestamp(), signed.text());
		this.checkpoints.insertOne(new Document("origin", stored.origin()).append("province", province)
			.append("treeSize", stored.treeSize())
			.append("rootHash", stored.rootHash())
			.append("time", Date.from(stored.time()))
			.append("note", stored.note()));
		publish(province, stored);
		log.info("Signed checkpoint of {} at {} entries", stored.origin(), stored.treeSize());
		return stored;
	}

	private void publish(String province, StoredCheckpoint checkpoint) {
		ProducerRecord<String, String> record = new ProducerRecord<>(this.properties.checkpointTopic(),
				checkpoint.origin(), checkpoint.note());
		header(record, "ce_specversion", "1.0");
		header(record, "ce_id", checkpoint.origin() + "/" + checkpoint.treeSize() + "/" + checkpoint.time());
		header(record, "ce_type", "org.kinbridge.audit.checkpoint-signed.v1");
		header(record, "ce_source", "/kinbridge/audit");
		header(record, "ce_subject", checkpoint.origin());
		header(record, "ce_time", checkpoint.time().toString());
		header(record, "ce_province", province);
		header(record, "content-type", "text/plain; charset=utf-8");
		try {
			this.kafka.send(record).get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			// The checkpoint is stored and served; the next one is published again.
			log.warn("Checkpoint of {} at {} entries was not published: {}", checkpoint.origin(), checkpoint.treeSize(),
					ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param province a province code
	 * @return its newest checkpoint, the one covering the most entries
	 */
	public Optional<StoredCheckpoint> latest(String province) {
		return Optional
			.ofNullable(this.checkpoints.find(Filters.eq("origin", LogOrigin.forProvince(province).value()))
				.sort(Sorts.descending("treeSize", "time"))
				.first())
			.map(Checkpoints::read);
	}

	/**
	 * @param province a province code
	 * @return its checkpoints, oldest first
	 */
	public List<StoredCheckpoint> all(String province) {
		List<StoredCheckpoint> found = new ArrayList<>();
		this.checkpoints.find(Filters.eq("origin", LogOrigin.forProvince(province).value()))
			.sort(Sorts.ascending("treeSize", "time"))
			.forEach((document) -> found.add(read(document)));
		return found;
	}

	private static StoredCheckpoint read(Document document) {
		return new StoredCheckpoint(document.getString("origin"), ((Number) document.get("treeSize")).longValue(),
				document.getString("rootHash"), document.getDate("time").toInstant(), document.getString("note"));
	}

}
