package org.kinbridge.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API through the gateway, as one of the demo users whose tokens the launcher
 * wrote; every answer keeps the request it answers, so a failed step names it.
 */
final class Gateway {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final Path tokens;

	Gateway(String baseUrl, Path tokens) {
		this.baseUrl = baseUrl;
		this.tokens = tokens;
	}

	Reply get(String path, String user) {
		return send(request(path, user).GET(), "GET " + path + " as " + user, null);
	}

	/** A GET with a token the caller made, e.g. one that must be refused. */
	Reply getWithToken(String path, String token, String which) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.GET(), "GET " + path + " with " + which, null);
	}

	/** POSTs a JSON body, given as text so that it reads like the services' READMEs. */
	Reply post(String path, String user, String json) {
		return send(request(path, user).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), "POST " + path + " as " + user, json);
	}

	/** A list the user may read; a paged answer's {@code content} counts as the list. */
	JsonNode list(String path, String user) {
		JsonNode body = get(path, user).expect(200);
		return (body.isObject() && body.has("content")) ? body.get("content") : body;
	}

	static List<String> ids(JsonNode list, String field) {
		List<String> ids = new ArrayList<>();
		list.forEach((item) -> ids.add(item.path(field).asText()));
		return ids;
	}

	private HttpRequest.Builder request(String path, String user) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", "Bearer " + token(user))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30));
	}

	private String token(String user) {
		try {
			return Files.readString(this.tokens.resolve(user + ".jwt")).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Reply send(HttpRequest.Builder request, String what, String body) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(what, body, response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(what + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(what + " was interrupted", ex);
		}
	}

	/**
	 * @param request method, path and user
	 * @param requestBody what was sent, or {@code null}
	 */
	record Reply(String request, String requestBody, int status, String text, String contentType) {

		/** The JSON body, after asserting the status; the message quotes both sides. */
		JsonNode expect(int expectedStatus) {
			assertThat(this.status).as(describe()).isEqualTo(expectedStatus);
			return json();
		}

		/** Asserts an RFC 9457 problem with the status, and returns it. */
		JsonNode expectProblem(int expectedStatus) {
			assertThat(this.status).as(describe()).isEqualTo(expectedStatus);
			assertThat(this.contentType).as(describe()).startsWith("application/problem+json");
			return json();
		}

		JsonNode json() {
			try {
				return (this.text == null || this.text.isBlank()) ? MissingNode.getInstance()
						: JSON.readTree(this.text);
			}
			catch (IOException ex) {
				throw new AssertionError(describe() + " is not JSON", ex);
			}
		}

		String describe() {
			return this.request + ((this.requestBody != null) ? " " + this.requestBody.replaceAll("\\s+", " ") : "")
					+ " answered " + this.status + ": " + this.text;
		}

	}

}
