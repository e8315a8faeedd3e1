package org.kinbridge.matching.children;

import java.util.List;

import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.matching.candidates.EventTenancy;
import org.kinbridge.matching.candidates.ViewEventHandler;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The commune decided that a child needs alternative care: the need waits for a
 * caregiver, unless the case already ended it, in the commune that handles its case now.
 */
@Component
class AlternativeCareNeededHandler extends ViewEventHandler<AlternativeCareNeededV1> {

	private final WaitingChildWrites writes;

	AlternativeCareNeededHandler(WaitingChildWrites writes) {
		super(AlternativeCareNeededV1.class);
		this.writes = writes;
	}

	@Override
	public void handle(AlternativeCareNeededV1 data, IncomingIntegrationEvent event) {
		EventTenancy.requireProvince(event, data.provinceCode());
		this.writes.upsertNeed(data.needId(), new Update().set("caseId", data.caseId())
			.set("decidedInCommuneCode", data.communeCode())
			.set("child", profileOf(data.child()))
			.set("siblingGroupId", data.siblingGroupId())
			.set("siblings", orEmpty(data.siblings()).stream().map(AlternativeCareNeededHandler::profileOf).toList())
			.set("keepSiblingsTogether", data.keepSiblingsTogether())
			.set("careTypesSought", orEmpty(data.careTypesSought()))
			.set("relatives", orEmpty(data.relatives()).stream().map(AlternativeCareNeededHandler::relativeOf).toList())
			.set("eligibility", eligibilityOf(data.eligibility()))
			.set("since", data.decidedAt())
			.set("lastEventId", event.id()));
		Criteria thisNeed = Criteria.where("_id").is(data.needId());
		this.writes.moveIfNewer(thisNeed, data.provinceCode(), data.communeCode(), data.decidedAt(), event.id());
		this.writes.latestHandoverAfter(data.caseId(), data.decidedAt())
			.ifPresent(handover -> this.writes.moveIfNewer(Criteria.where("_id").is(data.needId()),
					handover.toProvinceCode(), handover.toCommuneCode(), handover.handedOverAt(), handover.eventId()));
	}

	private static WaitingChild.ChildProfile profileOf(AlternativeCareNeededV1.ChildProfile child) {
		return new WaitingChild.ChildProfile(child.childId(), child.caseId(), child.sex(), child.dateOfBirth(),
				child.estimatedAge(), child.ethnicity(), child.religion(), orEmpty(child.languages()),
				orEmpty(child.needs()), orEmpty(child.specialCircumstanceGroups()));
	}

	private static WaitingChild.Relative relativeOf(AlternativeCareNeededV1.Relative relative) {
		return new WaitingChild.Relative(relative.relativeId(), relative.relation(), relative.provinceCode(),
				relative.communeCode(), relative.caregiverId());
	}

	private static WaitingChild.Eligibility eligibilityOf(AlternativeCareNeededV1.Eligibility eligibility) {
		return (eligibility != null) ? new WaitingChild.Eligibility(eligibility.category(),
				eligibility.dossierComplete(), eligibility.consentBasis(), eligibility.childOpinionObtained()) : null;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
