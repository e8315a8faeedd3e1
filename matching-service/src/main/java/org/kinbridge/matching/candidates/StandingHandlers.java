package org.kinbridge.matching.candidates;

import java.time.Instant;
import java.util.function.Function;

import org.kinbridge.contracts.family.CaregiverReinstatedV1;
import org.kinbridge.contracts.family.CaregiverRemovedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Suspension, reinstatement and removal change only where the caregiver stands on the
 * register; a later standing already known is kept, and a removal is final.
 */
@Configuration(proxyBeanMethods = false)
class StandingHandlers {

	@Bean
	FamilyEventHandler<CaregiverSuspendedV1> caregiverSuspendedHandler(CandidateCaregiverWrites writes) {
		return new StandingChange<>(CaregiverSuspendedV1.class,
				data -> new FamilyEventHandler.Subject(data.caregiverId(), data.provinceCode(), data.communeCode()),
				writes, CandidateState.SUSPENDED, CaregiverSuspendedV1::suspendedAt);
	}

	@Bean
	FamilyEventHandler<CaregiverReinstatedV1> caregiverReinstatedHandler(CandidateCaregiverWrites writes) {
		return new StandingChange<>(CaregiverReinstatedV1.class,
				data -> new FamilyEventHandler.Subject(data.caregiverId(), data.provinceCode(), data.communeCode()),
				writes, CandidateState.ELIGIBLE, CaregiverReinstatedV1::reinstatedAt);
	}

	@Bean
	FamilyEventHandler<CaregiverRemovedV1> caregiverRemovedHandler(CandidateCaregiverWrites writes) {
		return new StandingChange<>(CaregiverRemovedV1.class,
				data -> new FamilyEventHandler.Subject(data.caregiverId(), data.provinceCode(), data.communeCode()),
				writes, CandidateState.REMOVED, CaregiverRemovedV1::removedAt);
	}

	private static final class StandingChange<T> extends FamilyEventHandler<T> {

		private final CandidateState state;

		private final Function<T, Instant> at;

		private final Function<T, Subject> subject;

		StandingChange(Class<T> dataType, Function<T, Subject> subject, CandidateCaregiverWrites writes,
				CandidateState state, Function<T, Instant> at) {
			super(dataType, subject, writes);
			this.subject = subject;
			this.state = state;
			this.at = at;
		}

		@Override
		protected void apply(T data, IncomingIntegrationEvent event) {
			this.writes.applyStandingIfNewer(this.subject.apply(data).caregiverId(), this.state, this.at.apply(data),
					event.id());
		}

	}

}
