package org.kinbridge.audit.history;

import java.io.IOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.kinbridge.audit.events.StoredEvent;
import org.kinbridge.audit.history.HistoryEntry.ActorRef;

/**
 * Turns stored events into history entries. Our public events name their parts the same
 * way (docs/domain.md): the acting user is an object {@code {userId, role}} in a field
 * ending in {@code By} ({@code decidedBy}, {@code recordedBy}), the why is {@code reason}
 * and the law {@code legalBasis}. Reading by convention lets the history take event types
 * added later without a change here.
 */
public class HistoryBuilder {

	private static final Set<String> NOT_INPUTS = Set.of("reason", "legalBasis", "provinceCode", "communeCode");

	private final ObjectMapper json;

	public HistoryBuilder(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * @param id the case or caregiver
	 * @param events its events, of any provinces
	 * @return the history, ordered by province, then arrival
	 */
	public History history(String id, List<StoredEvent> events) {
		List<HistoryEntry> entries = events.stream()
			.sorted(Comparator.comparing(StoredEvent::arrivedAt)
				.thenComparing(StoredEvent::province)
				.thenComparingLong(StoredEvent::position))
			.map(this::entry)
			.toList();
		return new History(id, entries.isEmpty() ? null : entries.get(0).provinceCode(), entries);
	}

	public HistoryEntry entry(StoredEvent event) {
		JsonNode data = parse(event.data());
		Map<String, JsonNode> inputs = new LinkedHashMap<>();
		ActorRef actor = null;
		String actorField = null;
		if (data.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = data.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (actor == null && isActorRef(field.getKey(), field.getValue())) {
					actor = new ActorRef(field.getValue().path("userId").asText(),
							textOrNull(field.getValue().path("role")));
					actorField = field.getKey();
				}
			}
			for (Iterator<Map.Entry<String, JsonNode>> fields = data.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (!NOT_INPUTS.contains(field.getKey()) && !field.getKey().equals(actorField)) {
					inputs.put(field.getKey(), field.getValue());
				}
			}
		}
		if (actor == null && event.header("ce_actor") != null) {
			actor = new ActorRef(event.header("ce_actor"), null);
		}
		String commune = textOrNull(data.path("communeCode"));
		if (commune == null) {
			commune = textOrNull(data.path("fromCommuneCode"));
		}
		return new HistoryEntry(event.position(), event.eventId(), event.type(), event.source(), event.subject(),
				event.time(), event.province(), commune, actor, text(data.path("reason")),
				text(data.path("legalBasis")), inputs, event.decision(), event.leafIndex(), data);
	}

	private static boolean isActorRef(String name, JsonNode value) {
		return name.endsWith("By") && value.isObject() && value.path("userId").isTextual();
	}

	private JsonNode parse(byte[] data) {
		try {
			JsonNode tree = this.json.readTree(data);
			return (tree != null) ? tree : TextNode.valueOf("");
		}
		catch (IOException ex) {
			// Not JSON: shown as the text it is.
			return TextNode.valueOf(new String(data, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static String textOrNull(JsonNode node) {
		return (node.isValueNode() && !node.isNull()) ? node.asText() : null;
	}

	/** A reason may be a code or a sentence; a structured one is shown as its JSON. */
	private static String text(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		return node.isValueNode() ? node.asText() : node.toString();
	}

}
