package org.kinbridge.testkit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.bson.Document;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

/**
 * Drives a service's replay endpoints ({@code org.kinbridge.platform.replay}) as a
 * platform administrator: starts a replay and waits until it is over, so that tests can
 * compare read models before and after.
 */
public final class ReplayDriver {

	private final RestTemplate http = new RestTemplate();

	private final String replays;

	private final String token;

	/**
	 * @param replays the replays' address, e.g.
	 * {@code http://localhost:8081/api/cases/admin/replays}
	 * @param adminToken a PLATFORM_ADMIN bearer token
	 */
	public ReplayDriver(String replays, String adminToken) {
		this.replays = replays;
		this.token = adminToken;
	}

	/**
	 * @param replays the replays' address
	 * @return a driver with a platform administrator's test token
	 */
	public static ReplayDriver withTestToken(String replays) {
		return new ReplayDriver(replays, TestTokens.token("test.platform-admin", "91", null, "PLATFORM_ADMIN"));
	}

	/**
	 * @return the new replay's id
	 * @throws AssertionError unless the service accepted it (202)
	 */
	public String start(String processor) {
		ResponseEntity<Map> started = this.http.exchange(this.replays, HttpMethod.POST,
				new HttpEntity<>(Map.of("processor", processor), headers()), Map.class);
		if (started.getStatusCode() != HttpStatus.ACCEPTED || started.getBody() == null) {
			throw new AssertionError("Replay of " + processor + " not accepted: " + started);
		}
		return (String) started.getBody().get("id");
	}

	/**
	 * @return the replay as the service shows it once it is over
	 * @throws AssertionError when it failed
	 */
	public Map<String, Object> awaitOver(String replayId, Duration atMost) {
		AtomicReference<Map<String, Object>> last = new AtomicReference<>();
		await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
			Map<String, Object> replay = find(replayId);
			last.set(replay);
			return "FINISHED".equals(replay.get("state")) || "FAILED".equals(replay.get("state"));
		});
		if (!"FINISHED".equals(last.get().get("state"))) {
			throw new AssertionError("Replay " + replayId + " did not finish: " + last.get());
		}
		return last.get();
	}

	/**
	 * @return the finished replay of {@code processor}
	 */
	public Map<String, Object> replay(String processor, Duration atMost) {
		return awaitOver(start(processor), atMost);
	}

	/**
	 * Waits until every named processor has passed the last event in the store, so that
	 * its read model holds the whole history.
	 */
	public static void awaitCaughtUp(EventProcessingConfiguration processing, StreamableMessageSource<?> store,
			Collection<String> processors, Duration atMost) {
		TrackingToken head = store.createHeadToken();
		long last = (head != null) ? head.position().orElse(0) : 0;
		await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> processors.stream().allMatch((name) -> {
			StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
				.orElseThrow(() -> new AssertionError("No streaming processor " + name));
			return !processor.processingStatus().isEmpty() && processor.processingStatus()
				.values()
				.stream()
				.allMatch((segment) -> segment.getCurrentPosition().orElse(0) >= last);
		}));
	}

	/**
	 * @return every document of each collection, in {@code _id} order, by collection
	 * name: two snapshots are equal when the read models hold the same documents field
	 * for field
	 */
	public static Map<String, List<Document>> snapshot(MongoDatabase database, Collection<String> collections) {
		Map<String, List<Document>> snapshot = new TreeMap<>();
		for (String collection : collections) {
			snapshot.put(collection, sorted(database.getCollection(collection).find().into(new ArrayList<>())));
		}
		return snapshot;
	}

	/**
	 * @return the documents in {@code _id} order
	 */
	public static List<Document> sorted(List<Document> documents) {
		return documents.stream()
			.sorted(Comparator.comparing((document) -> String.valueOf(document.get("_id"))))
			.toList();
	}

	@SuppressWarnings("unchecked")
	public Map<String, Object> find(String replayId) {
		return this.http.exchange(this.replays + "/" + replayId, HttpMethod.GET, new HttpEntity<>(headers()), Map.class)
			.getBody();
	}

	private HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(this.token);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

}
