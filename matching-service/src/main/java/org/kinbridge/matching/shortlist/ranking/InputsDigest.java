package org.kinbridge.matching.shortlist.ranking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A SHA-256 of a shortlist's inputs in one canonical JSON form (properties in
 * alphabetical order, dates as ISO text), so that anybody holding the inputs can check
 * that they are the ones the shortlist was computed from.
 */
public final class InputsDigest {

	private static final ObjectMapper CANONICAL = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private InputsDigest() {
	}

	/**
	 * @param inputs the inputs
	 * @return {@code sha256:} and the digest in lower-case hex
	 */
	public static String of(ShortlistInputs inputs) {
		try {
			byte[] canonical = CANONICAL.writeValueAsString(inputs).getBytes(StandardCharsets.UTF_8);
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Shortlist inputs cannot be written as JSON", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This JVM has no SHA-256", ex);
		}
	}

}
