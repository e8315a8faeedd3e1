package org.kinbridge.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The median and 95th percentile of repeated runs of one step, for the benchmarks the
 * modules carry. Reported as figures, never asserted: a machine's speed is not a test.
 *
 * @param medianMillis the median run
 * @param p95Millis the 95th percentile (nearest rank)
 * @param last what the last run returned, printed beside the times so that a step that
 * silently does nothing shows
 * @param <T> what the step returns
 */
public record Timing<T>(double medianMillis, double p95Millis, T last) {

	/**
	 * @param warmUp runs made first and not counted, for the JIT and the caches
	 * @param runs runs counted
	 * @param step the step
	 * @return the times of the counted runs
	 */
	public static <T> Timing<T> of(int warmUp, int runs, Supplier<T> step) {
		if (runs < 1) {
			throw new IllegalArgumentException("at least one run is needed, not " + runs);
		}
		for (int i = 0; i < warmUp; i++) {
			step.get();
		}
		List<Double> millis = new ArrayList<>(runs);
		T last = null;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			last = step.get();
			millis.add((System.nanoTime() - start) / 1_000_000.0);
		}
		millis.sort(Double::compare);
		return new Timing<>(percentile(millis, 50), percentile(millis, 95), last);
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(List<Double> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
