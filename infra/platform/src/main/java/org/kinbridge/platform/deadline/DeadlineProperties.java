package org.kinbridge.platform.deadline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@link MongoDeadlineManager} polls, claims and retries.
 *
 * @param collection the collection in the service's database that holds the deadlines
 * @param pollInterval pause between two looks for due deadlines
 * @param batchSize most deadlines fired by one look
 * @param lease how long a claim lasts: a deadline whose replica died while firing it is
 * taken by another replica after this
 * @param retryDelay wait before the first retry of a deadline whose handler failed;
 * doubled on every further failure
 * @param maxRetryDelay longest wait between two retries
 * @param retention how long fired deadlines stay in the collection, for operators
 */
@ConfigurationProperties("kinbridge.deadlines")
public record DeadlineProperties(String collection, Duration pollInterval, Integer batchSize, Duration lease,
		Duration retryDelay, Duration maxRetryDelay, Duration retention) {

	public DeadlineProperties {
		collection = (collection == null || collection.isBlank()) ? "deadlines" : collection;
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(1);
		batchSize = (batchSize != null) ? batchSize : 50;
		lease = (lease != null) ? lease : Duration.ofMinutes(1);
		retryDelay = (retryDelay != null) ? retryDelay : Duration.ofSeconds(10);
		maxRetryDelay = (maxRetryDelay != null) ? maxRetryDelay : Duration.ofMinutes(10);
		retention = (retention != null) ? retention : Duration.ofDays(30);
	}

	/**
	 * The defaults: a look every second, one-minute claims, retries from 10 s to 10 min.
	 */
	public static DeadlineProperties defaults() {
		return new DeadlineProperties(null, null, null, null, null, null, null);
	}

}
