package org.kinbridge.platform.deadline;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tiny event-sourced aggregate that schedules a deadline when it starts and records a
 * {@link Rang} event when the deadline fires. Its identifier is a typed id, as in the
 * services.
 */
@Aggregate
public class Timer {

	/** Deadline handler failures still to simulate, per timer. */
	static final Map<String, AtomicInteger> FAILURES_TO_SIMULATE = new ConcurrentHashMap<>();

	@AggregateIdentifier
	private TimerId id;

	private String scheduleId;

	private String deadlineName;

	protected Timer() {
	}

	@CommandHandler
	public Timer(Start command, DeadlineManager deadlineManager) {
		String scheduled = deadlineManager.schedule(command.after(), command.deadlineName(),
				new Ring(command.id(), command.label()));
		AggregateLifecycle.apply(new Started(command.id(), command.deadlineName(), scheduled));
	}

	@CommandHandler
	public void handle(CancelById command, DeadlineManager deadlineManager) {
		deadlineManager.cancelSchedule(this.deadlineName, this.scheduleId);
	}

	@CommandHandler
	public void handle(CancelWithinScope command, DeadlineManager deadlineManager) {
		deadlineManager.cancelAllWithinScope(this.deadlineName);
	}

	@DeadlineHandler
	public void on(Ring ring) {
		AtomicInteger failures = FAILURES_TO_SIMULATE.get(ring.id().value());
		if (failures != null && failures.getAndDecrement() > 0) {
			throw new IllegalStateException("simulated failure of the deadline handler");
		}
		AggregateLifecycle.apply(new Rang(ring.id(), ring.label()));
	}

	@EventSourcingHandler
	void on(Started event) {
		this.id = event.id();
		this.deadlineName = event.deadlineName();
		this.scheduleId = event.scheduleId();
	}

	public record TimerId(String value) {

		@Override
		public String toString() {
			return this.value;
		}

	}

	public record Start(@TargetAggregateIdentifier TimerId id, String deadlineName, Duration after, String label) {
	}

	public record CancelById(@TargetAggregateIdentifier TimerId id) {
	}

	public record CancelWithinScope(@TargetAggregateIdentifier TimerId id) {
	}

	public record Started(TimerId id, String deadlineName, String scheduleId) {
	}

	public record Ring(TimerId id, String label) {
	}

	public record Rang(TimerId id, String label) {
	}

}
