package org.kinbridge.audit;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the audit component reads, what it counts as a decision and how it signs.
 *
 * @param topics the public topics it keeps every event of
 * @param checkpointTopic where signed checkpoints go, keyed by log origin
 * @param decisionTypesVersion the version of the decision list, recorded with every event
 * so that a later change of the list can be told apart in the history
 * @param decisionTypes the CloudEvents types whose events become log leaves; any other
 * type is kept as history only
 * @param signingKey the PKCS#8 PEM file of the Ed25519 key that signs checkpoints and
 * exports
 * @param generateSigningKey whether a missing key file is generated (local and test only;
 * production mounts the secret and leaves this off)
 * @param checkpointEveryAppends sign a province's log after this many new leaves
 * @param checkpointInterval and at least this often while the log has leaves
 */
@ConfigurationProperties("kinbridge.audit")
public record AuditProperties(List<String> topics, String checkpointTopic, String decisionTypesVersion,
		Set<String> decisionTypes, String signingKey, boolean generateSigningKey, Integer checkpointEveryAppends,
		Duration checkpointInterval) {

	public AuditProperties {
		topics = (topics == null) ? List.of() : topics.stream().filter((topic) -> !topic.isBlank()).toList();
		decisionTypes = (decisionTypes == null) ? Set.of() : Set.copyOf(decisionTypes);
		checkpointEveryAppends = (checkpointEveryAppends == null) ? 100 : checkpointEveryAppends;
		checkpointInterval = (checkpointInterval == null) ? Duration.ofHours(1) : checkpointInterval;
		if (checkpointEveryAppends < 1) {
			throw new IllegalArgumentException("kinbridge.audit.checkpoint-every-appends must be at least 1");
		}
	}

	/**
	 * @param type a CloudEvents type
	 * @return whether events of that type are decisions and go into the log
	 */
	public boolean isDecision(String type) {
		return this.decisionTypes.contains(type);
	}

}
