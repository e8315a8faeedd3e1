package org.kinbridge.platform.replay;

import java.util.Collection;

import org.axonframework.eventhandling.EventTrackerStatus;

/**
 * How far a replaying processor has got, read from its segments' tracking tokens.
 * Positions are global event numbers (the store hands them out from 1), so the slowest
 * segment's position is the number of events every segment has passed. A replay is over
 * once every segment has passed the last event stored when it began; Axon keeps the
 * segments in replay mode until the next new event, so that flag cannot tell.
 *
 * @param done events every segment has passed, at most the target
 * @param finished whether every segment has passed the target
 */
record ReplayProgress(long done, boolean finished) {

	/**
	 * @param segments the statuses of the segments this instance has claimed
	 * @param segmentCount how many segments the processor has in the token store; until
	 * all are claimed here the replay is not declared finished
	 * @param target the store's last position when the replay began ({@code 0} when it
	 * was empty)
	 */
	static ReplayProgress of(Collection<EventTrackerStatus> segments, int segmentCount, long target) {
		if (target <= 0) {
			return new ReplayProgress(0, true);
		}
		if (segments.isEmpty()) {
			return new ReplayProgress(0, false);
		}
		long slowest = segments.stream().mapToLong((segment) -> segment.getCurrentPosition().orElse(0)).min().orElse(0);
		boolean allPassed = segments.size() >= segmentCount
				&& segments.stream().allMatch((segment) -> segment.getCurrentPosition().orElse(0) >= target);
		return new ReplayProgress(Math.min(slowest, target), allPassed);
	}

}
