package org.kinbridge.family.integration;

import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.platform.kafka.IntegrationEvent;
import org.kinbridge.platform.kafka.IntegrationEventTranslator;

import org.springframework.stereotype.Component;

/** Maps caregiver events to their public contracts. */
@Component
public class CaregiverEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<IntegrationEvent> translate(EventMessage<?> event) {
		if (event.getPayload() instanceof CaregiverRegistered registered) {
			return Optional.of(new IntegrationEvent(CaregiverRegisteredV1.TYPE, registered.caregiverId(),
					registered.provinceCode(), toPublic(registered)));
		}
		return Optional.empty();
	}

	private static CaregiverRegisteredV1 toPublic(CaregiverRegistered registered) {
		return new CaregiverRegisteredV1(registered.caregiverId(), registered.provinceCode(), registered.communeCode(),
				new CaregiverRegisteredV1.Applicant(registered.applicant().fullName(),
						registered.applicant().dateOfBirth(), registered.applicant().sex().name()),
				registered.careTypes().stream().map(CareType::name).toList(), registered.capacity(),
				registered.languages(), registered.ethnicity(), registered.religion(), registered.registeredAt(),
				new ActorRef(registered.registeredBy(), registered.registeredByRole()));
	}

}
