package org.kinbridge.platform.observability;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * Reports the Axon event processors of the service. A processor in error has stopped
 * updating its projection or publishing its events, so the service is DOWN until it
 * recovers; a processor that is merely catching up is UP.
 */
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

	private final EventProcessingConfiguration eventProcessing;

	public EventProcessorsHealthIndicator(EventProcessingConfiguration eventProcessing) {
		super("Axon event processors health check failed");
		this.eventProcessing = eventProcessing;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Map<String, Object> processors = new TreeMap<>();
		boolean anyInError = false;
		for (Map.Entry<String, EventProcessor> entry : this.eventProcessing.eventProcessors().entrySet()) {
			EventProcessor processor = entry.getValue();
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("running", processor.isRunning());
			details.put("error", processor.isError());
			if (processor instanceof StreamingEventProcessor streaming) {
				Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
				details.put("segments", segments.size());
				details.put("caughtUp", segments.stream().allMatch(EventTrackerStatus::isCaughtUp));
				details.put("replaying", segments.stream().anyMatch(EventTrackerStatus::isReplaying));
				details.put("segmentsInError", segments.stream().filter(EventTrackerStatus::isErrorState).count());
			}
			anyInError |= processor.isError();
			processors.put(entry.getKey(), details);
		}
		builder.status(anyInError ? Status.DOWN : Status.UP).withDetail("processors", processors);
	}

}
