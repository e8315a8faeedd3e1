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
import static org.kinbridge.analytics.stream.Fields.idWithin;
import static org.kinbridge.analytics.stream.Fields.ids;
import static org.kinbridge.analytics.stream.Fields.integer;
import static org.kinbridge.analytics.stream.Fields.object;
import static org.kinbridge.analytics.stream.Fields.present;
import static org.kinbridge.analytics.stream.Fields.province;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.cases.CaseClosedV1;
import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.contracts.cases.CaseReopenedV1;
import org.kinbridge.contracts.cases.EmergencyMeasureDeadlineMissedV1;
import org.kinbridge.contracts.cases.EmergencyMeasureRecordedV1;
import org.kinbridge.contracts.cases.InitialAssessmentRecordedV1;
import org.kinbridge.contracts.cases.PlanApprovedV1;
import org.kinbridge.contracts.cases.PlanDraftingDeadlineMissedV1;
import org.kinbridge.contracts.cases.PlanReturnedV1;
import org.kinbridge.contracts.cases.PlanReviewedV1;
import org.kinbridge.contracts.cases.PlanSubmittedV1;
import org.kinbridge.contracts.cases.ReferralAcceptedV1;
import org.kinbridge.contracts.cases.ReferralCompletedV1;
import org.kinbridge.contracts.cases.ReferralRejectedV1;
import org.kinbridge.contracts.cases.ReferralResponseOverdueV1;
import org.kinbridge.contracts.cases.ReferralRevokedV1;
import org.kinbridge.contracts.cases.ReferralSentV1;
import org.kinbridge.contracts.cases.ReportReceivedV1;
import org.kinbridge.contracts.cases.SpecificAssessmentRecordedV1;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverCapacityChangedV1;
import org.kinbridge.contracts.family.CaregiverFoundIneligibleV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.contracts.family.CaregiverReinstatedV1;
import org.kinbridge.contracts.family.CaregiverRemovedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;
import org.kinbridge.contracts.family.PlacementRefusedV1;
import org.kinbridge.contracts.family.RegistrationWithdrawnV1;
import org.kinbridge.contracts.family.VettingCheckRecordedV1;
import org.kinbridge.contracts.matching.CaregiverConsentRecordedV1;
import org.kinbridge.contracts.matching.ChildOpinionRecordedV1;
import org.kinbridge.contracts.matching.HandoverOverdueV1;
import org.kinbridge.contracts.matching.MonitoringReportOverdueV1;
import org.kinbridge.contracts.matching.MonitoringReportRecordedV1;
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
 * <p>
 * The steps and decisions a person takes keep the role they acted in
 * ({@code recordedBy.role}), never the user. Legal bases are left out everywhere: the
 * producers write them as citations in prose ({@code "Decree 56/2017/ND-CP Art. 32"}),
 * not as a code list, so no rule could tell a citation from a sentence about the child.
 * The same holds for every {@code reason} that is not a code list (a reopening, a
 * referral's answer), the respondent's position, the referral target's name and any
 * evidence or consent document reference.
 */
final class RecordMappings {

	static final String CASE = "case";

	static final String CHILD = "child";

	static final String NEED = "need";

	static final String CAREGIVER = "caregiver";

	static final String PLACEMENT = "placement";

	static final String REFERRAL = "referral";

	/** Whom a vetting check is about: a role in the household, never a person. */
	private static final Pattern HOUSEHOLD_MEMBER = Pattern.compile("member-\\d{1,3}");

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
			// anotherFormOfCareNeeded is optional in v1 (older producers leave it out):
			// the one fact that tells whether the child waits again.
			RecordMapping.of(PlacementEndedV1.TYPE, PLACEMENT, "endedOn", placement(), code("reason"),
					bool("anotherFormOfCareNeeded")),
			RecordMapping.of(InitialAssessmentRecordedV1.TYPE, CASE, "recordedAt", id("caseId", CASE),
					commune("communeCode"), code("riskLevel"), bool("seriousHarm"), recordedBy()),
			RecordMapping.of(SpecificAssessmentRecordedV1.TYPE, CASE, "recordedAt", id("caseId", CASE),
					commune("communeCode"), code("riskLevel"),
					object("inputs", day("meetingHeldOn", "meetingHeldOn"), integer("participantCount")), recordedBy()),
			RecordMapping.of(EmergencyMeasureRecordedV1.TYPE, CASE, "recordedAt", id("caseId", CASE),
					commune("communeCode"), code("kind"), bool("withinTimeLimit"), recordedBy()),
			RecordMapping.of(EmergencyMeasureDeadlineMissedV1.TYPE, CASE, null, id("caseId", CASE),
					commune("communeCode"), timeLimit()),
			RecordMapping.of(PlanSubmittedV1.TYPE, CASE, "recordedAt", planStep()),
			RecordMapping.of(PlanApprovedV1.TYPE, CASE, "recordedAt", planStep()),
			RecordMapping.of(PlanReturnedV1.TYPE, CASE, "recordedAt", planStep()),
			RecordMapping.of(PlanReviewedV1.TYPE, CASE, "recordedAt", planStep(), day("reviewedOn", "reviewedOn"),
					day("nextReviewOn", "nextReviewOn")),
			RecordMapping.of(PlanDraftingDeadlineMissedV1.TYPE, CASE, null, id("caseId", CASE), commune("communeCode"),
					timeLimit()),
			RecordMapping.of(ReferralSentV1.TYPE, CASE, "recordedAt", referral(),
					object("target", code("type"), province("provinceCode"), commune("communeCode")),
					object("inputs", ids("childIds", CHILD), codes("sharedItems"),
							object("consent", code("parentalConsentGivenBy"), code("parentalConsentForm"),
									day("parentalConsentGivenOn", "parentalConsentGivenOn"), code("overrideGround"),
									integer("childOpinionAge"), ids("opinionRequiredOf", CHILD),
									each("childOpinions", id("childId", CHILD), day("obtainedOn", "obtainedOn"),
											bool("agrees")))),
					recordedBy()),
			RecordMapping.of(ReferralAcceptedV1.TYPE, CASE, "recordedAt", referral(), recordedBy()),
			RecordMapping.of(ReferralRejectedV1.TYPE, CASE, "recordedAt", referral(), recordedBy()),
			RecordMapping.of(ReferralRevokedV1.TYPE, CASE, "recordedAt", referral(), recordedBy()),
			RecordMapping.of(ReferralCompletedV1.TYPE, CASE, "recordedAt", referral(), recordedBy()),
			RecordMapping.of(ReferralResponseOverdueV1.TYPE, CASE, null, referral(), timeLimit()),
			RecordMapping.of(CaseClosedV1.TYPE, CASE, "recordedAt", id("caseId", CASE), commune("communeCode"),
					code("reason"), code("closedInState"), recordedBy()),
			RecordMapping.of(CaseReopenedV1.TYPE, CASE, "recordedAt", id("caseId", CASE), commune("communeCode"),
					code("resumedState"), recordedBy()),
			RecordMapping.of(VettingCheckRecordedV1.TYPE, CAREGIVER, "recordedAt", id("caregiverId", CAREGIVER),
					commune("communeCode"), code("kind"), vettedSubject(), code("outcome"),
					day("expiresOn", "expiresOn"), recordedBy()),
			RecordMapping.of(CaregiverFoundIneligibleV1.TYPE, CAREGIVER, "recordedAt", id("caregiverId", CAREGIVER),
					commune("communeCode"), recordedBy()),
			RecordMapping.of(RegistrationWithdrawnV1.TYPE, CAREGIVER, "recordedAt", id("caregiverId", CAREGIVER),
					commune("communeCode"), recordedBy()),
			RecordMapping.of(CaregiverConsentRecordedV1.TYPE, PLACEMENT, "recordedAt", placement(),
					day("consentedOn", "consentedOn"), recordedBy()),
			// The child's age that day becomes a band like every other age.
			RecordMapping.of(ChildOpinionRecordedV1.TYPE, PLACEMENT, "recordedAt", placement(),
					day("consultedOn", "consultedOn"), ageBand(null, "ageOnThatDay"), bool("agrees"), recordedBy()),
			RecordMapping.of(MonitoringReportRecordedV1.TYPE, PLACEMENT, "recordedAt", placement(),
					day("reportedOn", "reportedOn"), code("trigger"), bool("withinTimeLimit"),
					day("nextDueOn", "nextDueOn"), recordedBy()),
			RecordMapping.of(HandoverOverdueV1.TYPE, PLACEMENT, "raisedAt", placement(), day("dueOn", "dueOn"),
					recordedBy()),
			RecordMapping.of(MonitoringReportOverdueV1.TYPE, PLACEMENT, "raisedAt", placement(), day("dueOn", "dueOn"),
					recordedBy()));

	private RecordMappings() {
	}

	/** The ids every placement event carries, in pseudonyms, and the child's commune. */
	private static FieldRule placement() {
		return allOf(id("placementId", PLACEMENT), id("needId", NEED), id("caseId", CASE), id("childId", CHILD),
				id("caregiverId", CAREGIVER), commune("communeCode"));
	}

	/** The role a person acted in; the user stays in the source. */
	private static FieldRule recordedBy() {
		return object("recordedBy", code("role"));
	}

	/** A case step on its plan: the case, its commune, the plan version and the role. */
	private static FieldRule planStep() {
		return allOf(id("caseId", CASE), commune("communeCode"), object("inputs", integer("planVersion")),
				recordedBy());
	}

	/** The case and the referral, whose id is unique only within its case. */
	private static FieldRule referral() {
		return allOf(id("caseId", CASE), idWithin("referralId", "caseId", REFERRAL), commune("communeCode"));
	}

	/** A time limit that ran out, to the day. */
	private static FieldRule timeLimit() {
		return object("timeLimit", day("countedFrom", "countedFromOn"), day("dueAt", "dueOn"));
	}

	/**
	 * Whom a vetting check is about, as a code: {@code APPLICANT}, {@code CO_APPLICANT},
	 * {@code HOUSEHOLD} or {@code MEMBER} (which member stays in the source).
	 */
	private static FieldRule vettedSubject() {
		return (source, record, context) -> {
			JsonNode value = source.get("subject");
			if (value == null || !value.isTextual()) {
				return;
			}
			String subject = switch (value.asText()) {
				case "applicant" -> "APPLICANT";
				case "co-applicant" -> "CO_APPLICANT";
				case "household" -> "HOUSEHOLD";
				default -> HOUSEHOLD_MEMBER.matcher(value.asText()).matches() ? "MEMBER" : null;
			};
			if (subject == null) {
				throw new UnpublishableEventException("subject is not a vetted subject");
			}
			record.put("subject", subject);
		};
	}

	private static FieldRule allOf(FieldRule... rules) {
		return (source, record, context) -> {
			for (FieldRule rule : rules) {
				rule.apply(source, record, context);
			}
		};
	}

	static List<RecordMapping> all() {
		return ALL;
	}

	static Optional<RecordMapping> forSourceType(String sourceType) {
		return ALL.stream().filter(mapping -> mapping.sourceType().equals(sourceType)).findFirst();
	}

}
