package org.kinbridge.localstack.config;

/**
 * Every port the local stack listens on, with its default and the variable that overrides
 * it.
 */
public enum Port {

	GATEWAY("Gateway", 8080),

	CASE("case-service", 8081),

	FAMILY("family-service", 8082),

	MATCHING("matching-service", 8083),

	AUDIT("audit", 8084),

	ANALYTICS("analytics", 8085),

	AUTH("auth server", 9000),

	KAFKA("Kafka", 9092),

	KAFKA_CONTROLLER("Kafka controller", 9093),

	MONGO("MongoDB", 27017);

	private final String label;

	private final int defaultPort;

	Port(String label, int defaultPort) {
		this.label = label;
		this.defaultPort = defaultPort;
	}

	public String label() {
		return this.label;
	}

	public int defaultPort() {
		return this.defaultPort;
	}

	public String variable() {
		return "KINBRIDGE_" + name() + "_PORT";
	}

}
