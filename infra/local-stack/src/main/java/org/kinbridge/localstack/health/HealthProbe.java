package org.kinbridge.localstack.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kinbridge.localstack.process.ChildProcess;
import org.kinbridge.localstack.process.ChildSpec;

/**
 * A Spring service is ready when {@code /actuator/health} answers {@code UP}; that health
 * includes its Kafka, MongoDB and Axon processors.
 */
public final class HealthProbe implements ChildSpec.Readiness {

	private static final ObjectMapper JSON = new ObjectMapper();

	// UNKNOWN (e.g. the gateway's unused discovery clients) does not hold it back.
	private static final Set<String> FINE = Set.of("UP", "UNKNOWN");

	private final HttpClient http;

	private final URI healthUri;

	public HealthProbe(HttpClient http, String baseUrl) {
		this.http = http;
		this.healthUri = URI.create(baseUrl + "/actuator/health");
	}

	@Override
	public boolean isReady(ChildProcess child) {
		return "UP".equals(check().status());
	}

	@Override
	public String describe(ChildProcess child) {
		return this.healthUri + " answers " + status();
	}

	/**
	 * The health status with the components that are not fine, or why there is none.
	 */
	public String status() {
		Health health = check();
		return health.status() + health.detail();
	}

	private Health check() {
		HttpRequest request = HttpRequest.newBuilder(this.healthUri).timeout(Duration.ofSeconds(3)).GET().build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode body = JSON.readTree(response.body());
			String status = (body != null) ? body.path("status").asText("") : "";
			return status.isEmpty() ? new Health("HTTP " + response.statusCode(), "")
					: new Health(status, notFine(body));
		}
		catch (IOException ex) {
			return new Health("no answer",
					(ex.getMessage() != null) ? ": " + ex.getMessage() : " (" + ex.getClass().getSimpleName() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Health("not checked", " (interrupted)");
		}
	}

	/** Names the components that are not fine, when the service shows them. */
	private static String notFine(JsonNode body) {
		StringBuilder names = new StringBuilder();
		body.path("components").fields().forEachRemaining((component) -> {
			String status = component.getValue().path("status").asText("");
			if (!FINE.contains(status)) {
				names.append((names.length() == 0) ? " (" : ", ").append(component.getKey()).append(' ').append(status);
			}
		});
		return (names.length() == 0) ? "" : names.append(')').toString();
	}

	private record Health(String status, String detail) {
	}

}
