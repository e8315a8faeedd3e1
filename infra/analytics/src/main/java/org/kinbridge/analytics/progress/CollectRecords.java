package org.kinbridge.analytics.progress;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;
import org.kinbridge.platform.kafka.PoisonEventException;

/**
 * Keeps one analytics record type for the figures, read back from the analytics topic as
 * any outside consumer reads it, never from the source topics.
 */
class CollectRecords implements IntegrationEventHandler<JsonNode> {

	private final String type;

	private final RecordStore store;

	CollectRecords(String type, RecordStore store) {
		this.type = type;
		this.store = store;
	}

	@Override
	public String type() {
		return this.type;
	}

	@Override
	public Class<JsonNode> dataType() {
		return JsonNode.class;
	}

	@Override
	public void handle(JsonNode data, IncomingIntegrationEvent event) {
		String on = data.path("on").asText(null);
		if (on == null) {
			throw new PoisonEventException("Analytics record " + event.id() + " has no day");
		}
		List<String> provinces = new ArrayList<>(List.of(event.province()));
		for (String other : List.of("fromProvinceCode", "toProvinceCode")) {
			String province = data.path(other).asText(null);
			if (province != null && !provinces.contains(province)) {
				provinces.add(province);
			}
		}
		Document document = Document.parse(data.toString());
		this.store.save(new StoredRecord(event.id(), this.type, provinces, on, document));
	}

}
