package org.kinbridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/** The public id of an event must tell apart the public forms of one stored event. */
class PublicEventIdTest {

	private final EventMessage<?> stored = GenericEventMessage.asEventMessage("stored");

	@Test
	void twoPublicFormsOfOneStoredEventGetTwoIds() {
		String sent = KafkaIntegrationEventPublisher.publicIdOf(this.stored,
				new IntegrationEvent("org.kinbridge.case.referral-sent.v1", "case-1", "91", "data"));
		String needed = KafkaIntegrationEventPublisher.publicIdOf(this.stored,
				new IntegrationEvent("org.kinbridge.case.alternative-care-needed.v1", "case-1", "91", "data"));

		assertThat(sent).isNotEqualTo(needed).isEqualTo(this.stored.getIdentifier() + ":referral-sent.v1");
		assertThat(needed).isEqualTo(this.stored.getIdentifier() + ":alternative-care-needed.v1");
	}

	@Test
	void theSameFormOfTheSameEventKeepsItsIdWhenPublishedAgain() {
		IntegrationEvent form = new IntegrationEvent("org.kinbridge.family.vetting-check-recorded.v1", "cg-1", "91",
				"data");

		assertThat(KafkaIntegrationEventPublisher.publicIdOf(this.stored, form))
			.isEqualTo(KafkaIntegrationEventPublisher.publicIdOf(this.stored, form));
	}

}
