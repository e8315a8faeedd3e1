package org.kinbridge.analytics.stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.kinbridge.analytics.pseudonym.Pseudonymiser;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;

/**
 * Takes one source event type, through its allow-list, to the analytics stream. It reads
 * the data as a JSON tree rather than as the contract's record, so a field added to the
 * source later is dropped here instead of failing the read or slipping through.
 */
class Pseudonymise implements IntegrationEventHandler<JsonNode> {

	private final RecordMapping mapping;

	private final Pseudonymiser pseudonymiser;

	private final AnalyticsPublisher publisher;

	Pseudonymise(RecordMapping mapping, Pseudonymiser pseudonymiser, AnalyticsPublisher publisher) {
		this.mapping = mapping;
		this.pseudonymiser = pseudonymiser;
		this.publisher = publisher;
	}

	@Override
	public String type() {
		return this.mapping.sourceType();
	}

	@Override
	public Class<JsonNode> dataType() {
		return JsonNode.class;
	}

	@Override
	public void handle(JsonNode data, IncomingIntegrationEvent event) {
		this.publisher.publish(this.mapping.map(data, event, this.pseudonymiser));
	}

}
