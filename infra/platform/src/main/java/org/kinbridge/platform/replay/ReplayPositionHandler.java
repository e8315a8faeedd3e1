package org.kinbridge.platform.replay;

import org.axonframework.eventhandling.EventHandler;

/**
 * Joins every replayable processor and takes every event, doing nothing with it. Axon's
 * pooled processor does not hand a segment the events that none of its handlers takes, so
 * the segment's position, and with it the replay's progress, would stand still on the
 * last event the projection cared about; with this handler every segment passes every
 * event and a replay can tell when it has read the whole history.
 */
final class ReplayPositionHandler {

	private final String processor;

	ReplayPositionHandler(String processor) {
		this.processor = processor;
	}

	boolean belongsTo(String processor) {
		return this.processor.equals(processor);
	}

	@EventHandler
	void on(Object event) {
		// Nothing to do: being handed the event is what advances the segment.
	}

}
