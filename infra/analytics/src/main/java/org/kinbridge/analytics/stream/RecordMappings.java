package org.kinbridge.analytics.stream;

import static org.kinbridge.analytics.stream.Fields.ageBand;
import static org.kinbridge.analytics.stream.Fields.bool;
import static org.kinbridge.analytics.stream.Fields.code;
import static org.kinbridge.analytics.stream.Fields.codes;
import static org.kinbridge.analytics.stream.Fields.codesOf;
import static org.kinbridge.analytics.stream.Fields.commune;
import static org.kinbridge.analytics.stream.Fields.count;
import static org.kinbridge.analytics.stream.Fields.day;
import static org.kinbridge.analytics.stream.Fields.each;
import static org.kinbridge.analytics.stream.Fields.id;
import static org.kinbridge.analytics.stream.Fields.integer;
import static org.kinbridge.analytics.stream.Fields.object;
import static org.kinbridge.analytics.stream.Fields.present;
import static org.kinbridge.analytics.stream.Fields.province;

import java.util.List;
import java.util.Optional;

import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverCapacityChangedV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.contracts.family.CaregiverReinstatedV1;
import org.kinbridge.contracts.family.CaregiverRemovedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;
import org.kinbridge.contracts.family.PlacementRefusedV1;
import org.kinbridge.contracts.matching.PlacementDecidedV1;
import org.kinbridge.contracts.matching.PlacementEndedV1;
import org.kinbridge.contracts.matching.PlacementProposalClosedV1;
import org.kinbridge.contracts.matching.PlacementProposedV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;

/**
 * The reviewed allow-list of every source event type. What is left out on purpose: names,
 * birth dates and ages (an age band instead), identity and phone numbers (never in the
 * public events, and no rule could copy them), free text (reasons, notes, explanations,
 * summaries), legal bases, decision and case numbers (they name a document that names the
 * child), who acted, ethnicity, religion, languages and disabilities (sensitive, and rare
 * enough in a commune to single a child out), relatives and places finer than a commune.
 */
final class RecordMappings {

	static final String CASE = "case";

	static final String CHILD = "child";

	static final String NEED = "need";

	static final String CAREGIVER = "caregiver";

	static final String PLACEMENT = "placement";

	private static final List<RecordMapping> ALL = List.of(
			RecordMapping.of(ReportReceivedV1.TYPE, CASE, "receivedAt", id("caseId", CASE), commune("communeCode"),
					code("channel"),
					each("children", id("childId", CHILD), code("sex"), ageBand("dateOfBirth", "estimatedAge"),
							codesOf("specialCircumstances", "group", "specialCircumstanceGroups")),
					present("siblingGroupId", "siblingGroup")),
			RecordMapping.of(AlternativeCareNeededV1.TYPE, NEED, "decidedAt", id("needId", NEED), id("caseId", CASE),
					commune("communeCode"),
					object("child", id("childId", CHILD), code("sex"), ageBand("dateOfBirth", "estimatedAge"),
							codes("specialCircumstanceGroups")),
					count("siblings", "siblingCount"), bool("keepSiblingsTogether"), codes("careTypesSought"),
					count("relatives", "relativeCount"),
					object("eligibility", code("category"), bool("dossierComplete"), code("consentBasis"),
							bool("childOpinionObtained"))),
			RecordMapping.of(AlternativeCareNeedEndedV1.TYPE, NEED, "endedAt", id("needId", NEED), id("caseId", CASE),
					id("childId", CHILD), commune("communeCode"), code("reason")),
			RecordMapping.of(CaseHandedOverV1.TYPE, CASE, "handedOverAt", id("caseId", CASE),
					province("fromProvinceCode"), commune("fromCommuneCode"), province("toProvinceCode"),
					commune("toCommuneCode")),
			RecordMapping.of(CaregiverRegisteredV1.TYPE, CAREGIVER, "registeredAt", id("caregiverId", CAREGIVER),
					commune("communeCode"), object("applicant", code("sex"), ageBand("dateOfBirth", null)),
					codes("careTypes"), integer("capacity")),
			RecordMapping.of(CaregiverApprovedV1.TYPE, CAREGIVER, "approvedAt", id("caregiverId", CAREGIVER),
					commune("communeCode"), codes("careTypes"), present("kinCaseId", "forNamedChild"),
					integer("capacity"), integer("freeCapacity"), integer("householdSize")),
			RecordMapping.of(CaregiverCapacityChangedV1.TYPE, CAREGIVER, "changedAt", id("caregiverId", CAREGIVER),
					commune("communeCode"), integer("capacity"), integer("placed"), integer("freeCapacity"),
					code("cause"), id("placementRef", "placementId", PLACEMENT)),
			RecordMapping.of(CaregiverSuspendedV1.TYPE, CAREGIVER, "suspendedAt", id("caregiverId", CAREGIVER),
					commune("communeCode")),
			RecordMapping.of(CaregiverReinstatedV1.TYPE, CAREGIVER, "reinstatedAt", id("caregiverId", CAREGIVER),
					commune("communeCode")),
			RecordMapping.of(CaregiverRemovedV1.TYPE, CAREGIVER, "removedAt", id("caregiverId", CAREGIVER),
					commune("communeCode")),
			RecordMapping.of(PlacementRefusedV1.TYPE, CAREGIVER, "refusedAt", id("caregiverId", CAREGIVER),
					commune("communeCode"), id("placementId", PLACEMENT), code("reason")),
			RecordMapping.of(PlacementProposedV1.TYPE, PLACEMENT, "proposedAt", placement(), code("careType"),
					integer("rank"), integer("score")),
			RecordMapping.of(PlacementProposalClosedV1.TYPE, PLACEMENT, "closedAt", placement(), code("outcome")),
			RecordMapping.of(PlacementDecidedV1.TYPE, PLACEMENT, "decidedAt", placement(), code("careType"),
					day("handoverDueOn", "handoverDueOn")),
			RecordMapping.of(PlacementStartedV1.TYPE, PLACEMENT, "startedOn", placement(), code("careType")),
			// anotherFormOfCareNeeded is not in the v1 contract yet; it is let through
			// the day the producer adds it, as the one fact that tells whether the
			// child waits again.
			RecordMapping.of(PlacementEndedV1.TYPE, PLACEMENT, "endedOn", placement(), code("reason"),
					bool("anotherFormOfCareNeeded")));

	private RecordMappings() {
	}

	/** The ids every placement event carries, in pseudonyms, and the child's commune. */
	private static FieldRule placement() {
		List<FieldRule> rules = List.of(id("placementId", PLACEMENT), id("needId", NEED), id("caseId", CASE),
				id("childId", CHILD), id("caregiverId", CAREGIVER), commune("communeCode"));
		return (source, record, context) -> rules.forEach(rule -> rule.apply(source, record, context));
	}

	static List<RecordMapping> all() {
		return ALL;
	}

	static Optional<RecordMapping> forSourceType(String sourceType) {
		return ALL.stream().filter(mapping -> mapping.sourceType().equals(sourceType)).findFirst();
	}

}
