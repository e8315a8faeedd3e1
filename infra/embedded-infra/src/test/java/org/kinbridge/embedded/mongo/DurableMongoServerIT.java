package org.kinbridge.embedded.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class DurableMongoServerIT {

	private static final Logger log = LoggerFactory.getLogger(DurableMongoServerIT.class);

	private static final int DOCUMENTS = 2_000;

	@TempDir
	Path dataDir;

	@ParameterizedTest(name = "fsync={0}")
	@ValueSource(booleans = { true, false })
	void keepsEveryAcknowledgedWriteWhenTheServerIsKilled(boolean fsync) throws Exception {
		Map<Integer, Integer> expectedVersions = new HashMap<>();
		long insertNanos;
		try (MongoServerProcess server = MongoServerProcess.start(this.dataDir, fsync, log("first"))) {
			try (MongoClient client = MongoClients.create(server.uri())) {
				MongoCollection<Document> children = collection(client);
				long started = System.nanoTime();
				for (int i = 0; i < DOCUMENTS; i++) {
					children.insertOne(new Document("_id", i).append("version", 0).append("name", "child " + i));
					expectedVersions.put(i, 0);
				}
				insertNanos = System.nanoTime() - started;
				for (int i = 0; i < DOCUMENTS; i += 10) {
					children.updateOne(Filters.eq("_id", i), Updates.set("version", 1));
					expectedVersions.put(i, 1);
				}
				for (int i = 3; i < DOCUMENTS; i += 7) {
					children.deleteOne(Filters.eq("_id", i));
					expectedVersions.remove(i);
				}
				children.findOneAndUpdate(Filters.eq("_id", 0), Updates.set("version", 2));
				expectedVersions.put(0, 2);
				children.insertOne(new Document("_id", DOCUMENTS).append("version", 9));
				expectedVersions.put(DOCUMENTS, 9);
				// Killed right after the last acknowledged write: nothing may be left in
				// memory.
				server.kill();
			}
		}
		log.info(
				"mongo commit-per-write (fsync={}): {} acknowledged single inserts took {} ms, {} ms per insert; "
						+ "store file {} KiB",
				fsync, DOCUMENTS, insertNanos / 1_000_000, String.format("%.2f", insertNanos / 1e6 / DOCUMENTS),
				storeSizeKiB());

		try (MongoServerProcess server = MongoServerProcess.start(this.dataDir, fsync, log("second"));
				MongoClient client = MongoClients.create(server.uri())) {
			Map<Integer, Integer> actualVersions = new HashMap<>();
			for (Document child : collection(client).find()) {
				actualVersions.put(child.getInteger("_id"), child.getInteger("version"));
			}
			List<String> differences = new ArrayList<>();
			expectedVersions.forEach((id, version) -> {
				if (!version.equals(actualVersions.get(id))) {
					differences
						.add("_id " + id + ": version " + version + " acknowledged, found " + actualVersions.get(id));
				}
			});
			actualVersions.keySet()
				.stream()
				.filter((id) -> !expectedVersions.containsKey(id))
				.forEach((id) -> differences.add("_id " + id + ": deleted, found again"));
			assertThat(differences.subList(0, Math.min(10, differences.size())))
				.as("acknowledged writes not found after SIGKILL (first 10 of %d)", differences.size())
				.isEmpty();
			log.info("store file after the restart compacted it: {} KiB", storeSizeKiB());
		}
	}

	@Test
	void answersHelloOnEveryDatabaseAsSpringBootsHealthCheckAsks() {
		try (DurableMongoServer server = DurableMongoServer.inMemory();
				MongoClient client = MongoClients.create(server.start("localhost", 0))) {
			Document reply = client.getDatabase("kinbridge_case").runCommand(new Document("hello", 1));

			assertThat(reply.get("ok", Number.class).intValue()).isEqualTo(1);
			assertThat(reply.getBoolean("isWritablePrimary")).isTrue();
			assertThat(server.isInMemory()).isTrue();
		}
	}

	@Test
	void keepsDocumentsAndIndexesAcrossACleanRestart() throws Exception {
		try (MongoServerProcess server = MongoServerProcess.start(this.dataDir, true, log("first"));
				MongoClient client = MongoClients.create(server.uri())) {
			MongoCollection<Document> children = collection(client);
			children.createIndex(Indexes.ascending("caseNumber"), new IndexOptions().unique(true));
			List<Document> documents = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				documents.add(new Document("_id", i).append("caseNumber", "91-2026-" + i));
			}
			children.insertMany(documents);
			assertThat(server.stop()).as("exit status after SIGTERM").isEqualTo(143);
		}

		try (MongoServerProcess server = MongoServerProcess.start(this.dataDir, true, log("second"));
				MongoClient client = MongoClients.create(server.uri())) {
			MongoCollection<Document> children = collection(client);
			assertThat(children.countDocuments()).isEqualTo(50);
			assertThat(children.listIndexes().map((index) -> index.getString("name"))).contains("caseNumber_1");
			assertThat(Files.readString(log("first"))).contains("STOPPED mongo");
		}
	}

	private static MongoCollection<Document> collection(MongoClient client) {
		return client.getDatabase("kinbridge_test")
			.getCollection("children")
			.withWriteConcern(WriteConcern.ACKNOWLEDGED);
	}

	private Path log(String name) {
		return this.dataDir.resolve("mongo-" + name + ".log");
	}

	private long storeSizeKiB() throws Exception {
		return Files.size(this.dataDir.resolve(MongoServerMain.STORE_FILE)) / 1024;
	}

}
