package org.kinbridge.platform.replay;

import java.time.Instant;

/**
 * A replay as administrators and auditors see it.
 *
 * @param id the replay's id, for {@code GET …/replays/{id}}
 * @param processor the processing group being rebuilt
 * @param state where the replay stands
 * @param eventsDone events the slowest segment of the processor has passed since the
 * reset, counted by global position
 * @param eventsTotal events in the store when the replay started
 * @param percent {@code eventsDone} of {@code eventsTotal}, 100 for an empty store
 * @param eventsPerSecond {@code eventsDone} over the time since the processor restarted
 * @param requestedBy the user who asked for it
 * @param startedAt when it was asked for
 * @param finishedAt when the processor had passed every event that was in the store at
 * the start, or when it failed; {@code null} while it runs
 * @param failure why it failed or what slows it (a segment in error), {@code null}
 * otherwise; never an exception message, which may hold personal data
 */
public record Replay(String id, String processor, State state, long eventsDone, long eventsTotal, double percent,
		double eventsPerSecond, String requestedBy, Instant startedAt, Instant finishedAt, String failure) {

	/** Where a replay stands. */
	public enum State {

		/** The processor is being stopped and its tokens reset. */
		STARTING,
		/** The processor reads the history again. */
		RUNNING,
		/** The processor has passed every event that was stored when the replay began. */
		FINISHED,
		/** The reset did not happen; the read model was left as it was. */
		FAILED;

		public boolean isOver() {
			return this == FINISHED || this == FAILED;
		}

	}

}
