package org.kinbridge.platform.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.testkit.MutableClock;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaHealthIndicatorTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T01:00:00Z"));

	private final AtomicInteger adminsCreated = new AtomicInteger();

	private final KafkaHealthIndicator indicator = new KafkaHealthIndicator(this::unreachableAdmin,
			Duration.ofMillis(300), Duration.ofSeconds(5), this.clock);

	@AfterEach
	void closeAdmin() {
		this.indicator.destroy();
	}

	@Test
	void isDownWithinTheTimeoutWhenNoBrokerAnswers() {
		long started = System.nanoTime();

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKey("error");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void reusesAResultForAFewSeconds() {
		Health first = this.indicator.health();
		this.clock.advance(Duration.ofSeconds(4));

		assertThat(this.indicator.health()).isSameAs(first);

		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.indicator.health()).isNotSameAs(first);
		assertThat(this.adminsCreated).hasValue(1);
	}

	private Admin unreachableAdmin() {
		this.adminsCreated.incrementAndGet();
		// Port 1 is never a Kafka broker; the connection is refused at once.
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 300, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				300));
	}

}
