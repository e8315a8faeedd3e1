package org.kinbridge.auditlog.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.merkle.ConsistencyProof;
import org.kinbridge.auditlog.merkle.Hash;
import org.kinbridge.auditlog.merkle.InclusionProof;

/**
 * The proof files the platform exports next to its checkpoints, as JSON with hashes in
 * base64:
 *
 * <pre>
 * inclusion:   {"origin":"kinbridge/province/91","eventId":"...","leafIndex":5,"treeSize":10,
 *               "leafHash":"...","hashes":["...", ...]}
 * consistency: {"origin":"kinbridge/province/91","oldSize":5,"newSize":10,"hashes":["...", ...]}
 * </pre>
 *
 * The hashes are in RFC 9162 order (leaf side first). Nothing in a proof file is trusted:
 * the verifier recomputes the leaf hash from the event and checks the result against a
 * signed checkpoint.
 */
public final class ProofFiles {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ProofFiles() {
	}

	/**
	 * An inclusion proof as read from its file.
	 *
	 * @param origin the log
	 * @param eventId the event whose inclusion is proven
	 * @param leafHash the leaf hash the proof starts from
	 * @param proof the audit path
	 */
	public record InclusionProofFile(LogOrigin origin, String eventId, Hash leafHash, InclusionProof proof) {
	}

	/**
	 * A consistency proof as read from its file.
	 *
	 * @param origin the log
	 * @param proof the proof
	 */
	public record ConsistencyProofFile(LogOrigin origin, ConsistencyProof proof) {
	}

	public static String inclusionJson(InclusionProofFile file) {
		ObjectNode json = JSON.createObjectNode();
		json.put("origin", file.origin().value());
		json.put("eventId", file.eventId());
		json.put("leafIndex", file.proof().leafIndex());
		json.put("treeSize", file.proof().treeSize());
		json.put("leafHash", file.leafHash().base64());
		json.set("hashes", hashes(file.proof().hashes()));
		return write(json);
	}

	public static String consistencyJson(ConsistencyProofFile file) {
		ObjectNode json = JSON.createObjectNode();
		json.put("origin", file.origin().value());
		json.put("oldSize", file.proof().oldSize());
		json.put("newSize", file.proof().newSize());
		json.set("hashes", hashes(file.proof().hashes()));
		return write(json);
	}

	/**
	 * Reads an inclusion proof file.
	 * @param file the file
	 * @return the proof
	 * @throws IOException when the file cannot be read
	 * @throws IllegalArgumentException with a one-line reason when it is malformed
	 */
	public static InclusionProofFile readInclusion(Path file) throws IOException {
		JsonNode json = read(file);
		InclusionProof proof = new InclusionProof(number(json, "leafIndex"), number(json, "treeSize"), hashList(json));
		return new InclusionProofFile(new LogOrigin(text(json, "origin")), text(json, "eventId"),
				Hash.fromBase64(text(json, "leafHash")), proof);
	}

	/**
	 * Reads a consistency proof file.
	 * @param file the file
	 * @return the proof
	 * @throws IOException when the file cannot be read
	 * @throws IllegalArgumentException with a one-line reason when it is malformed
	 */
	public static ConsistencyProofFile readConsistency(Path file) throws IOException {
		JsonNode json = read(file);
		ConsistencyProof proof = new ConsistencyProof(number(json, "oldSize"), number(json, "newSize"), hashList(json));
		return new ConsistencyProofFile(new LogOrigin(text(json, "origin")), proof);
	}

	private static JsonNode read(Path file) throws IOException {
		try {
			JsonNode json = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
			if (json == null || !json.isObject()) {
				throw new IllegalArgumentException(file.getFileName() + " is not a JSON object");
			}
			return json;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(file.getFileName() + " is not JSON: " + ex.getOriginalMessage());
		}
	}

	private static String write(ObjectNode json) {
		try {
			return JSON.writeValueAsString(json) + "\n";
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ArrayNode hashes(List<Hash> hashes) {
		ArrayNode array = JSON.createArrayNode();
		hashes.forEach((hash) -> array.add(hash.base64()));
		return array;
	}

	private static List<Hash> hashList(JsonNode json) {
		JsonNode array = json.get("hashes");
		if (array == null || !array.isArray()) {
			throw new IllegalArgumentException("proof has no 'hashes' array");
		}
		List<Hash> hashes = new ArrayList<>();
		for (JsonNode element : array) {
			if (!element.isTextual()) {
				throw new IllegalArgumentException("proof hashes must be base64 strings");
			}
			hashes.add(Hash.fromBase64(element.asText()));
		}
		return hashes;
	}

	private static long number(JsonNode json, String field) {
		JsonNode value = json.get(field);
		if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
			throw new IllegalArgumentException("proof has no whole number '" + field + "'");
		}
		return value.asLong();
	}

	private static String text(JsonNode json, String field) {
		JsonNode value = json.get(field);
		if (value == null || !value.isTextual() || value.asText().isBlank()) {
			throw new IllegalArgumentException("proof has no '" + field + "'");
		}
		return value.asText();
	}

}
