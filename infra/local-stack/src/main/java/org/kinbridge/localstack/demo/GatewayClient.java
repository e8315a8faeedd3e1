package org.kinbridge.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kinbridge.localstack.StackException;

/**
 * Calls the public API through the gateway as one user, in JSON.
 */
public final class GatewayClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http;

	private final String baseUrl;

	public GatewayClient(HttpClient http, String baseUrl) {
		this.http = http;
		this.baseUrl = baseUrl;
	}

	/**
	 * GETs a list; a paged answer's {@code content} counts as the list.
	 */
	public JsonNode getList(String path, String token) {
		JsonNode body = send(HttpRequest.newBuilder(uri(path)).GET(), token, 200, "GET " + path);
		return (body.isObject() && body.has("content")) ? body.get("content") : body;
	}

	public JsonNode post(String path, String token, Object body) {
		try {
			return send(
					HttpRequest.newBuilder(uri(path))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
					token, 201, "POST " + path);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private JsonNode send(HttpRequest.Builder request, String token, int expectedStatus, String what) {
		HttpRequest built = request.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			HttpResponse<String> response = this.http.send(built, HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
			if (response.statusCode() != expectedStatus) {
				throw new StackException(what + " answered " + response.statusCode() + ": " + problem(body));
			}
			return body;
		}
		catch (IOException ex) {
			throw new StackException(what + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackException(what + " was interrupted", ex);
		}
	}

	/** The gist of an RFC 9457 problem, validation errors included. */
	private static String problem(JsonNode body) {
		StringBuilder text = new StringBuilder(body.path("detail").asText(body.path("title").asText("")));
		for (JsonNode error : body.path("errors")) {
			text.append(" [")
				.append(error.path("field").asText())
				.append(": ")
				.append(error.path("message").asText())
				.append(']');
		}
		return (text.length() > 0) ? text.toString() : body.toString();
	}

}
