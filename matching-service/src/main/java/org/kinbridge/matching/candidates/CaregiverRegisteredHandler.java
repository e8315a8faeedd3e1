package org.kinbridge.matching.candidates;

import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A registered caregiver enters matching's view; vetting decides later whether it can be
 * shortlisted. The registration's profile gives way to the approval's, whichever arrives
 * first.
 */
@Component
class CaregiverRegisteredHandler extends FamilyEventHandler<CaregiverRegisteredV1> {

	CaregiverRegisteredHandler(CandidateCaregiverWrites writes) {
		super(CaregiverRegisteredV1.class,
				data -> new Subject(data.caregiverId(), data.provinceCode(), data.communeCode()), writes);
	}

	@Override
	protected void apply(CaregiverRegisteredV1 data, IncomingIntegrationEvent event) {
		this.writes.applyRegistration(data.caregiverId(),
				new Update().set("fullName", data.applicant().fullName())
					.set("sex", data.applicant().sex())
					.set("registeredAt", data.registeredAt())
					.set("lastEventId", event.id()),
				new Update().set("communeCode", data.communeCode())
					.set("dateOfBirth", data.applicant().dateOfBirth())
					.set("careTypes", data.careTypes())
					.set("languages", data.languages())
					.set("ethnicity", data.ethnicity())
					.set("religion", data.religion()));
		this.writes.applyCapacityIfNewer(data.caregiverId(), data.capacity(), 0, data.capacity(), data.registeredAt(),
				event.id());
	}

}
