package org.kinbridge.testkit;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TimingTest {

	@Test
	void theNearestRankPercentileOfTenValuesIsTheFifthAndTheTenth() {
		List<Double> sorted = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
		assertThat(Timing.percentile(sorted, 50)).isEqualTo(5.0);
		assertThat(Timing.percentile(sorted, 95)).isEqualTo(10.0);
		assertThat(Timing.percentile(List.of(7.0), 50)).isEqualTo(7.0);
	}

	@Test
	void warmUpRunsAreMadeButNotCountedAndTheLastResultIsKept() {
		AtomicInteger calls = new AtomicInteger();
		Timing<Integer> timing = Timing.of(3, 5, calls::incrementAndGet);
		assertThat(calls).hasValue(8);
		assertThat(timing.last()).isEqualTo(8);
		assertThat(timing.p95Millis()).isGreaterThanOrEqualTo(timing.medianMillis()).isGreaterThanOrEqualTo(0.0);
	}

	@Test
	void refusesToTimeNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> Timing.of(0, 0, () -> 1));
	}

}
