package org.kinbridge.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * One Bucket4j token bucket per client key, kept in a bounded Caffeine cache. A bucket
 * unused for longer than both the idle timeout and its refill time would be full anyway,
 * so evicting it changes nothing for its user and keeps memory bounded.
 */
@Component
public class ClientBudgets {

	private final RateLimitProperties properties;

	private final Cache<String, Bucket> buckets;

	public ClientBudgets(RateLimitProperties properties) {
		this.properties = properties;
		Duration idle = properties.idleTimeout().compareTo(properties.timeToRefill()) >= 0 ? properties.idleTimeout()
				: properties.timeToRefill();
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(idle)
			.maximumSize(properties.maxTrackedClients())
			// Eviction is a few map operations: doing it on the request thread avoids
			// borrowing the common pool that other libraries also use.
			.executor(Runnable::run)
			.build();
	}

	/**
	 * Takes one request from the client's budget.
	 * @param clientKey the user or address the budget belongs to
	 * @return whether the request may pass, and what is left
	 */
	public Decision take(String clientKey) {
		ConsumptionProbe probe = this.buckets.get(clientKey, (key) -> newBucket()).tryConsumeAndReturnRemaining(1);
		long retryAfterSeconds = probe.isConsumed() ? 0
				: Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		return new Decision(probe.isConsumed(), probe.getRemainingTokens(), retryAfterSeconds);
	}

	/**
	 * @return how many budgets are held now (after pending evictions)
	 */
	long trackedClients() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.properties.burst())
				.refillGreedy(this.properties.requestsPerSecond(), Duration.ofSeconds(1)))
			.build();
	}

	/**
	 * @param allowed whether the request may pass
	 * @param remaining requests left in the budget right now
	 * @param retryAfterSeconds when a refused client may try again; 0 when allowed
	 */
	public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
	}

}
