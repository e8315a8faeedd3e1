package org.kinbridge.platform.observability;

import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class EventProcessorsHealthIndicatorTest {

	private final EventProcessingConfiguration eventProcessing = mock(EventProcessingConfiguration.class);

	private final EventProcessorsHealthIndicator indicator = new EventProcessorsHealthIndicator(this.eventProcessing);

	@Test
	void isUpWhenEveryProcessorRuns() {
		StreamingEventProcessor projection = streaming(true, false, true);
		EventProcessor subscribing = mock(EventProcessor.class);
		given(subscribing.isRunning()).willReturn(true);
		given(this.eventProcessing.eventProcessors())
			.willReturn(Map.of("case-projection", projection, "audit", subscribing));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> processors = (Map<String, Map<String, Object>>) health.getDetails()
			.get("processors");
		assertThat(processors.get("case-projection")).containsEntry("running", true)
			.containsEntry("segments", 1)
			.containsEntry("caughtUp", true);
		assertThat(processors.get("audit")).containsEntry("running", true).doesNotContainKey("segments");
	}

	@Test
	void isDownWhenAProcessorIsInError() {
		StreamingEventProcessor healthy = streaming(true, false, true);
		StreamingEventProcessor failing = streaming(true, true, false);
		given(this.eventProcessing.eventProcessors())
			.willReturn(Map.of("healthy", healthy, "kafka-publisher", failing));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void isUpWithoutProcessors() {
		given(this.eventProcessing.eventProcessors()).willReturn(Map.of());

		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	private static StreamingEventProcessor streaming(boolean running, boolean error, boolean caughtUp) {
		StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
		EventTrackerStatus segment = mock(EventTrackerStatus.class);
		given(segment.isCaughtUp()).willReturn(caughtUp);
		given(segment.isErrorState()).willReturn(error);
		given(processor.isRunning()).willReturn(running);
		given(processor.isError()).willReturn(error);
		given(processor.processingStatus()).willReturn(Map.of(0, segment));
		return processor;
	}

}
