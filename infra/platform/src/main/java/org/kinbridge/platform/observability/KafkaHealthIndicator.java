package org.kinbridge.platform.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Reports whether the Kafka cluster answers. The answer is kept for a few seconds, so
 * that frequent health polls do not each wait for a broker that is down.
 */
public class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

	private final Supplier<Admin> adminFactory;

	private final Duration timeout;

	private final Duration cacheFor;

	private final Clock clock;

	private Admin admin;

	private Health cached;

	private Instant cachedUntil = Instant.MIN;

	/**
	 * @param adminFactory makes the admin client on first use
	 * @param timeout how long one check waits for the cluster
	 * @param cacheFor how long a result is reused
	 * @param clock for the cache
	 */
	public KafkaHealthIndicator(Supplier<Admin> adminFactory, Duration timeout, Duration cacheFor, Clock clock) {
		this.adminFactory = adminFactory;
		this.timeout = timeout;
		this.cacheFor = cacheFor;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = this.clock.instant();
		if (this.cached == null || !now.isBefore(this.cachedUntil)) {
			this.cached = check();
			this.cachedUntil = this.clock.instant().plus(this.cacheFor);
		}
		return this.cached;
	}

	private Health check() {
		long millis = this.timeout.toMillis();
		try {
			if (this.admin == null) {
				this.admin = this.adminFactory.get();
			}
			DescribeClusterResult cluster = this.admin
				.describeCluster(new DescribeClusterOptions().timeoutMs((int) millis));
			String clusterId = cluster.clusterId().get(millis, TimeUnit.MILLISECONDS);
			int nodes = cluster.nodes().get(millis, TimeUnit.MILLISECONDS).size();
			return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", "interrupted").build();
		}
		catch (Exception ex) {
			return Health.down()
				.withDetail("error", ex.getClass().getSimpleName())
				.withDetail("timeout", this.timeout.toString())
				.build();
		}
	}

	@Override
	public synchronized void destroy() {
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(1));
			this.admin = null;
		}
	}

}
