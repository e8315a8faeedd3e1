package org.kinbridge.contracts;

import java.util.List;

/**
 * Kafka topic names. The version suffix is part of the name so that an incompatible
 * change gets a new topic next to the old one instead of breaking its consumers.
 */
public final class Topics {

	public static final String CASE_EVENTS = "kinbridge.case.events.v1";

	public static final String FAMILY_EVENTS = "kinbridge.family.events.v1";

	public static final String MATCHING_EVENTS = "kinbridge.matching.events.v1";

	public static final String AUDIT_CHECKPOINTS = "kinbridge.audit.checkpoints.v1";

	/** Pseudonymised data only; personal data stays on the service topics. */
	public static final String ANALYTICS = "kinbridge.analytics.v1";

	private static final String DEAD_LETTER_SUFFIX = ".dlt";

	private static final List<String> ALL = List.of(CASE_EVENTS, FAMILY_EVENTS, MATCHING_EVENTS, AUDIT_CHECKPOINTS,
			ANALYTICS);

	private Topics() {
	}

	/**
	 * The topics every environment must create (auto-creation is off in production).
	 * @return the topic names without their dead-letter topics
	 */
	public static List<String> all() {
		return ALL;
	}

	/**
	 * The topic that receives records a consumer of {@code topic} could not process.
	 * @param topic a topic name
	 * @return {@code <topic>.dlt}
	 * @throws IllegalArgumentException if the topic is blank or already a dead-letter
	 * topic
	 */
	public static String deadLetterOf(String topic) {
		if (topic == null || topic.isBlank()) {
			throw new IllegalArgumentException("A dead-letter topic needs a topic name, got '" + topic + "'");
		}
		if (isDeadLetter(topic)) {
			throw new IllegalArgumentException("'" + topic + "' is already a dead-letter topic");
		}
		return topic + DEAD_LETTER_SUFFIX;
	}

	public static boolean isDeadLetter(String topic) {
		return topic.endsWith(DEAD_LETTER_SUFFIX);
	}

}
