package org.kinbridge.platform.kafka;

/**
 * Axon metadata keys that carry a request's context from the REST call to the Kafka
 * headers.
 */
public final class MessageKeys {

	/** The correlation id of the request or incoming event that started the work. */
	public static final String CORRELATION_ID = "kinbridgeCorrelationId";

	/** The id of the public event that caused a command, when one did. */
	public static final String CAUSATION_ID = "kinbridgeCausationId";

	/** The acting user's id. */
	public static final String ACTOR = "kinbridgeActor";

	private MessageKeys() {
	}

}
