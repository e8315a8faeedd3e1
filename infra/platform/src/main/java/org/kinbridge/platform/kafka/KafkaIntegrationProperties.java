package org.kinbridge.platform.kafka;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service publishes and reads, and how its topics are created.
 *
 * @param publishTopic the one topic this service produces to (empty: it publishes
 * nothing)
 * @param subscribe the topics it reads other services' events from
 * @param partitions partitions of the topics it creates
 * @param replicationFactor 1 on one machine, 3 in production
 * @param minInsyncReplicas 1 on one machine, 2 in production (with acks=all)
 */
@ConfigurationProperties("kinbridge.kafka")
public record KafkaIntegrationProperties(String publishTopic, List<String> subscribe, Integer partitions,
		Short replicationFactor, Integer minInsyncReplicas) {

	public KafkaIntegrationProperties {
		subscribe = subscribe == null ? List.of() : subscribe.stream().filter(t -> !t.isBlank()).toList();
		partitions = partitions == null ? 6 : partitions;
		replicationFactor = replicationFactor == null ? 1 : replicationFactor;
		minInsyncReplicas = minInsyncReplicas == null ? 1 : minInsyncReplicas;
	}

}
