package org.kinbridge.platform.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

	@Test
	void anEmptyStoreIsReplayedAtOnce() {
		assertThat(ReplayProgress.of(List.of(), 4, 0)).isEqualTo(new ReplayProgress(0, true));
	}

	@Test
	void noClaimedSegmentYetMeansNothingDone() {
		assertThat(ReplayProgress.of(List.of(), 1, 100)).isEqualTo(new ReplayProgress(0, false));
	}

	@Test
	void theSlowestSegmentSaysHowFarTheReplayGot() {
		ReplayProgress progress = ReplayProgress.of(List.of(replaying(70, 100), replaying(40, 100)), 2, 100);

		assertThat(progress).isEqualTo(new ReplayProgress(40, false));
	}

	@Test
	void aReplayIsFinishedWhenEverySegmentPassedTheEventsStoredWhenItBegan() {
		ReplayProgress progress = ReplayProgress.of(List.of(done(100), done(103)), 2, 100);

		assertThat(progress).isEqualTo(new ReplayProgress(100, true));
	}

	@Test
	void aSegmentStillMarkedReplayingAtTheLastStoredEventHasFinished() {
		// Axon leaves replay mode only with the first event after the reset position.
		ReplayProgress progress = ReplayProgress.of(List.of(done(100), replaying(100, 100)), 2, 100);

		assertThat(progress.finished()).isTrue();
	}

	@Test
	void aSegmentNotClaimedHereKeepsTheReplayRunning() {
		ReplayProgress progress = ReplayProgress.of(List.of(done(100)), 2, 100);

		assertThat(progress.finished()).isFalse();
	}

	private static EventTrackerStatus replaying(long position, long resetAt) {
		TrackingToken token = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(resetAt, List.of()),
				GapAwareTrackingToken.newInstance(position, List.of()));
		return new Status(token, true);
	}

	private static EventTrackerStatus done(long position) {
		return new Status(GapAwareTrackingToken.newInstance(position, List.of()), false);
	}

	private record Status(TrackingToken token, boolean replaying) implements EventTrackerStatus {

		@Override
		public Segment getSegment() {
			return Segment.ROOT_SEGMENT;
		}

		@Override
		public boolean isCaughtUp() {
			return !this.replaying;
		}

		@Override
		public boolean isReplaying() {
			return this.replaying;
		}

		@Override
		public boolean isMerging() {
			return false;
		}

		@Override
		public OptionalLong mergeCompletedPosition() {
			return OptionalLong.empty();
		}

		@Override
		public TrackingToken getTrackingToken() {
			return this.token;
		}

		@Override
		public boolean isErrorState() {
			return false;
		}

		@Override
		public Throwable getError() {
			return null;
		}

		@Override
		public OptionalLong getCurrentPosition() {
			return this.token.position();
		}

		@Override
		public OptionalLong getResetPosition() {
			return OptionalLong.empty();
		}

	}

}
