package org.kinbridge.auditlog.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.merkle.Hash;

/**
 * The event export: JSON Lines, one line per log entry in log order, each
 * {@code {"index":n,"leafHash":"<base64>","event":{<CloudEvent>}}}. The event is a
 * CloudEvent in the JSON event format (specversion, id, source, type, subject, time,
 * province, the other extensions, and the data).
 * <p>
 * The data is hashed as published, byte for byte. So the writer puts the published bytes
 * verbatim as the value of {@code data}, and the reader hashes the exact text of that
 * value as it stands in the line; data that cannot stand verbatim on one line (not JSON,
 * or with line breaks) goes as {@code data_base64}. A re-indented or re-serialised export
 * therefore fails verification, which is the point: only what was published verifies.
 */
public final class EventExport {

	private static final JsonFactory JSON = new JsonFactory();

	private static final ObjectMapper STRICT = new ObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private static final List<String> LEAF_ATTRIBUTES = List.of("specversion", "id", "source", "type", "subject",
			"time", "province", "data", "data_base64");

	private EventExport() {
	}

	/**
	 * Pairs the events, read from the event store in log order, with the leaf hashes the
	 * log recorded: event i gets position i. Events past the end of the log get no
	 * position.
	 * @param logLeafHashes the log's leaf hashes in order
	 * @param events the events in log order
	 * @return the export lines
	 */
	public static List<ExportedEvent> pair(List<Hash> logLeafHashes, List<DecisionEvent> events) {
		List<ExportedEvent> lines = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			boolean logged = i < logLeafHashes.size();
			lines.add(new ExportedEvent(logged ? (long) i : null, logged ? logLeafHashes.get(i) : null, events.get(i)));
		}
		return lines;
	}

	/**
	 * Writes an export.
	 * @param lines the entries in log order
	 * @param out where to write; left open
	 * @throws IOException when writing fails
	 */
	public static void write(List<ExportedEvent> lines, Writer out) throws IOException {
		for (ExportedEvent line : lines) {
			out.write(line(line));
			out.write('\n');
		}
		out.flush();
	}

	public static void write(List<ExportedEvent> lines, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			write(lines, out);
		}
	}

	/**
	 * One line of the export, without its newline.
	 * @param line the entry
	 * @return the JSON text
	 */
	public static String line(ExportedEvent line) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = JSON.createGenerator(text)) {
			json.writeStartObject();
			if (line.index() != null) {
				json.writeNumberField("index", line.index());
			}
			if (line.leafHash() != null) {
				json.writeStringField("leafHash", line.leafHash().base64());
			}
			DecisionEvent event = line.event();
			json.writeObjectFieldStart("event");
			json.writeStringField("specversion", "1.0");
			json.writeStringField("id", event.id());
			json.writeStringField("source", event.source());
			json.writeStringField("type", event.type());
			json.writeStringField("subject", event.subject());
			json.writeStringField("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time()));
			json.writeStringField("province", event.province());
			for (Map.Entry<String, String> extension : new TreeMap<>(event.extensions()).entrySet()) {
				json.writeStringField(extension.getKey(), extension.getValue());
			}
			byte[] data = event.data();
			String verbatim = verbatimJson(data);
			if (verbatim != null) {
				json.writeFieldName("data");
				json.writeRawValue(verbatim);
			}
			else {
				json.writeStringField("data_base64", Base64.getEncoder().encodeToString(data));
			}
			json.writeEndObject();
			json.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	// The data as text when it is one JSON value in UTF-8 that can stand on one line
	// exactly
	// as it is; null when it must be base64.
	private static String verbatimJson(byte[] data) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(data))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
		if (text.isEmpty() || !text.strip().equals(text) || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return null;
		}
		try {
			STRICT.readTree(text);
			return text;
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	/**
	 * Reads an export file.
	 * @param file the JSON Lines file
	 * @return its lines in order
	 * @throws IOException when the file cannot be read
	 * @throws IllegalArgumentException naming the first bad line
	 */
	public static List<ExportedEvent> read(Path file) throws IOException {
		List<ExportedEvent> lines = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String text;
			int number = 0;
			while ((text = in.readLine()) != null) {
				number++;
				if (text.isBlank()) {
					continue;
				}
				try {
					lines.add(parseLine(text));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException(file.getFileName() + " line " + number + ": " + ex.getMessage());
				}
			}
		}
		return lines;
	}

	/**
	 * Reads one line.
	 * @param text the JSON text of the line
	 * @return the entry
	 * @throws IllegalArgumentException with a one-line reason
	 */
	public static ExportedEvent parseLine(String text) {
		try (JsonParser json = JSON.createParser(text)) {
			expect(json.nextToken(), JsonToken.START_OBJECT, "a line must be a JSON object");
			Long index = null;
			Hash leafHash = null;
			DecisionEvent event = null;
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String field = json.currentName();
				JsonToken value = json.nextToken();
				switch (field) {
					case "index" -> {
						expect(value, JsonToken.VALUE_NUMBER_INT, "index must be a whole number");
						index = json.getLongValue();
					}
					case "leafHash" -> {
						expect(value, JsonToken.VALUE_STRING, "leafHash must be a base64 string");
						leafHash = Hash.fromBase64(json.getText());
					}
					case "event" -> event = parseEvent(json, text);
					default -> json.skipChildren();
				}
			}
			if (json.nextToken() != null) {
				throw new IllegalArgumentException("text after the line's JSON object");
			}
			if (event == null) {
				throw new IllegalArgumentException("the line has no event");
			}
			return new ExportedEvent(index, leafHash, event);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DecisionEvent parseEvent(JsonParser json, String text) throws IOException {
		expect(json.currentToken(), JsonToken.START_OBJECT, "event must be a JSON object");
		Map<String, String> attributes = new LinkedHashMap<>();
		byte[] data = null;
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String name = json.currentName();
			JsonToken value = json.nextToken();
			if ("data".equals(name)) {
				data = rawValue(json, value, text);
			}
			else if ("data_base64".equals(name)) {
				expect(value, JsonToken.VALUE_STRING, "data_base64 must be a string");
				try {
					data = Base64.getDecoder().decode(json.getText());
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException("data_base64 is not base64");
				}
			}
			else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
				attributes.put(name, json.getText());
			}
			else {
				throw new IllegalArgumentException(
						"event attribute '" + name + "' must be a string, number or boolean");
			}
		}
		if (!"1.0".equals(attributes.get("specversion"))) {
			throw new IllegalArgumentException("event must be a CloudEvent with specversion 1.0");
		}
		if (data == null) {
			throw new IllegalArgumentException("event " + attributes.get("id") + " has no data");
		}
		OffsetDateTime time;
		try {
			time = OffsetDateTime.parse(required(attributes, "time"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("event time is not RFC 3339: '" + attributes.get("time") + "'");
		}
		Map<String, String> extensions = new LinkedHashMap<>(attributes);
		LEAF_ATTRIBUTES.forEach(extensions::remove);
		return new DecisionEvent(required(attributes, "id"), required(attributes, "source"),
				required(attributes, "type"), required(attributes, "subject"), time, required(attributes, "province"),
				data, extensions);
	}

	// The exact characters of the value the parser is on, so that the hash is over the
	// data as
	// it stands in the file and not over a re-serialisation.
	private static byte[] rawValue(JsonParser json, JsonToken value, String text) throws IOException {
		int start = (int) json.currentTokenLocation().getCharOffset();
		if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
			json.skipChildren();
		}
		else {
			// Strings are read lazily; reading the text moves the parser past the value.
			json.getText();
		}
		int end = (int) json.currentLocation().getCharOffset();
		return text.substring(start, end).getBytes(StandardCharsets.UTF_8);
	}

	private static String required(Map<String, String> attributes, String name) {
		String value = attributes.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("event has no " + name);
		}
		return value;
	}

	private static void expect(JsonToken actual, JsonToken expected, String message) {
		if (actual != expected) {
			throw new IllegalArgumentException(message);
		}
	}

}
