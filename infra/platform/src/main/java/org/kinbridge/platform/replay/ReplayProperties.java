package org.kinbridge.platform.replay;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service lets its administrators replay.
 *
 * @param path where the service serves its replays, e.g.
 * {@code /api/cases/admin/replays}; no endpoint without it
 * @param processors the processing groups that hold read models and clear them in a reset
 * handler; any other name is unknown to the endpoint
 * @param pollInterval how often a running replay's progress is read
 * @param shutdownTimeout how long the processor may take to stop before its tokens are
 * reset
 * @param batchSize events a replayable processor handles in one unit of work, whose token
 * is stored once; Axon's default of one event stores a token per event, which is what a
 * replay mostly spent its time on. The projections are idempotent, as at-least-once
 * delivery requires anyway, so a batch handled again after a failure changes nothing.
 */
@ConfigurationProperties("kinbridge.replay")
public record ReplayProperties(String path, List<String> processors, Duration pollInterval, Duration shutdownTimeout,
		Integer batchSize) {

	public ReplayProperties {
		processors = (processors != null) ? List.copyOf(processors) : List.of();
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofMillis(200);
		shutdownTimeout = (shutdownTimeout != null) ? shutdownTimeout : Duration.ofSeconds(30);
		batchSize = (batchSize != null) ? batchSize : 100;
	}

}
