package org.kinbridge.platform.kafka;

import java.util.Objects;

/**
 * A public event about to be published: its CloudEvents type, the aggregate it is about
 * (the subject and the Kafka key), the province it belongs to, and its data (a record of
 * the contracts module).
 */
public record IntegrationEvent(String type, String subject, String province, Object data) {

	public IntegrationEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(province, "province");
		Objects.requireNonNull(data, "data");
	}

}
