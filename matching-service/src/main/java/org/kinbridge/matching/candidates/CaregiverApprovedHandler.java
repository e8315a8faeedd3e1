package org.kinbridge.matching.candidates;

import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The chair found the caregiver eligible: the matching profile enters the view and the
 * caregiver can be shortlisted, unless a later suspension or removal is already known.
 */
@Component
class CaregiverApprovedHandler extends FamilyEventHandler<CaregiverApprovedV1> {

	CaregiverApprovedHandler(CandidateCaregiverWrites writes) {
		super(CaregiverApprovedV1.class,
				data -> new Subject(data.caregiverId(), data.provinceCode(), data.communeCode()), writes);
	}

	@Override
	protected void apply(CaregiverApprovedV1 data, IncomingIntegrationEvent event) {
		CaregiverApprovedV1.Preferences wanted = data.preferences();
		CandidateCaregiver.Preferences preferences = (wanted != null) ? new CandidateCaregiver.Preferences(
				wanted.minAge(), wanted.maxAge(), wanted.sexes(), wanted.siblingGroups(), wanted.needs()) : null;
		Update profile = new Update().set("communeCode", data.communeCode())
			.set("careTypes", data.careTypes())
			.set("languages", data.languages())
			.set("ethnicity", data.ethnicity())
			.set("religion", data.religion())
			.set("sex", data.applicantSex())
			.set("dateOfBirth", data.applicantDateOfBirth())
			.set("householdSize", data.householdSize())
			.set("lastEventId", event.id());
		profile = (preferences != null) ? profile.set("preferences", preferences) : profile.unset("preferences");
		profile = (data.kinCaseId() != null) ? profile.set("kinCaseId", data.kinCaseId()) : profile.unset("kinCaseId");
		this.writes.applyProfileIfNewer(data.caregiverId(), data.approvedAt(), profile);
		this.writes.applyCapacityIfNewer(data.caregiverId(), data.capacity(), data.capacity() - data.freeCapacity(),
				data.freeCapacity(), data.approvedAt(), event.id());
		this.writes.applyStandingIfNewer(data.caregiverId(), CandidateState.ELIGIBLE, data.approvedAt(), event.id());
	}

}
