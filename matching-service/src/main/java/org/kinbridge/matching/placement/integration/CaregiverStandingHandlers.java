package org.kinbridge.matching.placement.integration;

import java.util.function.Function;

import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.family.CaregiverReinstatedV1;
import org.kinbridge.contracts.family.CaregiverRemovedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;
import org.kinbridge.matching.placement.api.RecordCaregiverStanding;
import org.kinbridge.matching.placement.api.Standing;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * family-service's suspensions, reinstatements and removals, recorded on the caregiver's
 * places: a caregiver who is not eligible gets no new hold, and the sagas of the
 * caregiver's proposals and placements stop them.
 */
@Configuration(proxyBeanMethods = false)
class CaregiverStandingHandlers {

	@Bean
	IntegrationEventHandler<CaregiverSuspendedV1> suspensionStopsPlacements(InboundCommands inbound) {
		return new StandingHandler<>(CaregiverSuspendedV1.TYPE, CaregiverSuspendedV1.class, Standing.SUSPENDED,
				data -> new Facts(data.caregiverId(), data.provinceCode(), data.suspendedBy()), inbound);
	}

	@Bean
	IntegrationEventHandler<CaregiverReinstatedV1> reinstatementFreesHolds(InboundCommands inbound) {
		return new StandingHandler<>(CaregiverReinstatedV1.TYPE, CaregiverReinstatedV1.class, Standing.ELIGIBLE,
				data -> new Facts(data.caregiverId(), data.provinceCode(), data.reinstatedBy()), inbound);
	}

	@Bean
	IntegrationEventHandler<CaregiverRemovedV1> removalStopsPlacements(InboundCommands inbound) {
		return new StandingHandler<>(CaregiverRemovedV1.TYPE, CaregiverRemovedV1.class, Standing.REMOVED,
				data -> new Facts(data.caregiverId(), data.provinceCode(), data.removedBy()), inbound);
	}

	/** What the three events share. */
	record Facts(String caregiverId, String provinceCode, ActorRef actor) {
	}

	private record StandingHandler<T>(String type, Class<T> dataType, Standing standing, Function<T, Facts> facts,
			InboundCommands inbound) implements IntegrationEventHandler<T> {

		@Override
		public void handle(T data, IncomingIntegrationEvent event) {
			Facts known = this.facts.apply(data);
			InboundCommands.requireOwnProvince(event, known.provinceCode());
			this.inbound.send(new RecordCaregiverStanding(known.caregiverId(), known.provinceCode(), this.standing,
					this.inbound.actingFor(known.actor(), event)), event);
		}

	}

}
