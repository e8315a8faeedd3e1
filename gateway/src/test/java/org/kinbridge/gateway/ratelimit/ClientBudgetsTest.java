package org.kinbridge.gateway.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientBudgetsTest {

	@Test
	void refusesOnceTheBurstIsSpentAndSaysWhenToRetry() {
		ClientBudgets budgets = new ClientBudgets(new RateLimitProperties(1, 3, null, null));

		ClientBudgets.Decision refused = null;
		// Refilling at 1 per second, a burst of 3 is spent long before 100 takes.
		for (int take = 0; take < 100 && refused == null; take++) {
			ClientBudgets.Decision decision = budgets.take("user:busy");
			refused = decision.allowed() ? null : decision;
		}

		assertThat(refused).isNotNull();
		assertThat(refused.remaining()).isZero();
		assertThat(refused.retryAfterSeconds()).isEqualTo(1);
	}

	@Test
	void givesEachClientItsOwnBudget() {
		ClientBudgets budgets = new ClientBudgets(new RateLimitProperties(1, 3, null, null));
		while (budgets.take("user:busy").allowed()) {
			// spend it all
		}

		ClientBudgets.Decision other = budgets.take("user:quiet");

		assertThat(other.allowed()).isTrue();
		assertThat(other.remaining()).isEqualTo(2);
	}

	@Test
	void keepsAtMostTheConfiguredNumberOfBudgets() {
		ClientBudgets budgets = new ClientBudgets(new RateLimitProperties(50, 200, Duration.ofMinutes(10), 10L));

		for (int client = 0; client < 1_000; client++) {
			budgets.take("address:10.0.0." + client);
		}

		assertThat(budgets.trackedClients()).isLessThanOrEqualTo(10);
	}

	@Test
	void refusesABurstSmallerThanTheRate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties(50, 10, null, null))
			.withMessage("kinbridge.gateway.rate-limit.burst (10) must be at least requests-per-second (50)");
	}

	@Test
	void refusesANonPositiveRate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties(0, 10, null, null))
			.withMessage("kinbridge.gateway.rate-limit.requests-per-second must be positive, was 0");
	}

	@Test
	void takesTheDocumentedDefaults() {
		RateLimitProperties defaults = new RateLimitProperties(null, null, null, null);

		assertThat(defaults.requestsPerSecond()).isEqualTo(50);
		assertThat(defaults.burst()).isEqualTo(200);
		assertThat(defaults.timeToRefill()).isEqualTo(Duration.ofSeconds(4));
	}

}
