package org.kinbridge.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicsTest {

	@Test
	void deadLetterTopicAppendsDltToTheTopicName() {
		assertThat(Topics.deadLetterOf(Topics.FAMILY_EVENTS)).isEqualTo("kinbridge.family.events.v1.dlt");
	}

	@Test
	void refusesToDeadLetterADeadLetterTopic() {
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetterOf("kinbridge.case.events.v1.dlt"))
			.withMessageContaining("already a dead-letter topic");
	}

	@Test
	void refusesABlankTopicName() {
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetterOf(" "));
	}

	@Test
	void listsTheFiveVersionedTopics() {
		assertThat(Topics.all()).containsExactly("kinbridge.case.events.v1", "kinbridge.family.events.v1",
				"kinbridge.matching.events.v1", "kinbridge.audit.checkpoints.v1", "kinbridge.analytics.v1");
	}

}
