package org.kinbridge.contracts;

import java.util.List;
import java.util.Optional;

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
 * The registry of every integration event type. Add a new type here, with its schema and
 * sample under {@code org/kinbridge/contracts/}; the contract tests then check that the
 * three agree.
 */
public final class EventTypes {

	private static final List<EventType> ALL = List.of(
			EventType.of(ReportReceivedV1.TYPE, ReportReceivedV1.class, Topics.CASE_EVENTS),
			EventType.of(AlternativeCareNeededV1.TYPE, AlternativeCareNeededV1.class, Topics.CASE_EVENTS),
			EventType.of(AlternativeCareNeedEndedV1.TYPE, AlternativeCareNeedEndedV1.class, Topics.CASE_EVENTS),
			EventType.of(CaseHandedOverV1.TYPE, CaseHandedOverV1.class, Topics.CASE_EVENTS),
			EventType.of(InitialAssessmentRecordedV1.TYPE, InitialAssessmentRecordedV1.class, Topics.CASE_EVENTS),
			EventType.of(SpecificAssessmentRecordedV1.TYPE, SpecificAssessmentRecordedV1.class, Topics.CASE_EVENTS),
			EventType.of(EmergencyMeasureRecordedV1.TYPE, EmergencyMeasureRecordedV1.class, Topics.CASE_EVENTS),
			EventType.of(EmergencyMeasureDeadlineMissedV1.TYPE, EmergencyMeasureDeadlineMissedV1.class,
					Topics.CASE_EVENTS),
			EventType.of(PlanSubmittedV1.TYPE, PlanSubmittedV1.class, Topics.CASE_EVENTS),
			EventType.of(PlanApprovedV1.TYPE, PlanApprovedV1.class, Topics.CASE_EVENTS),
			EventType.of(PlanReturnedV1.TYPE, PlanReturnedV1.class, Topics.CASE_EVENTS),
			EventType.of(PlanReviewedV1.TYPE, PlanReviewedV1.class, Topics.CASE_EVENTS),
			EventType.of(PlanDraftingDeadlineMissedV1.TYPE, PlanDraftingDeadlineMissedV1.class, Topics.CASE_EVENTS),
			EventType.of(ReferralSentV1.TYPE, ReferralSentV1.class, Topics.CASE_EVENTS),
			EventType.of(ReferralAcceptedV1.TYPE, ReferralAcceptedV1.class, Topics.CASE_EVENTS),
			EventType.of(ReferralRejectedV1.TYPE, ReferralRejectedV1.class, Topics.CASE_EVENTS),
			EventType.of(ReferralRevokedV1.TYPE, ReferralRevokedV1.class, Topics.CASE_EVENTS),
			EventType.of(ReferralCompletedV1.TYPE, ReferralCompletedV1.class, Topics.CASE_EVENTS),
			EventType.of(ReferralResponseOverdueV1.TYPE, ReferralResponseOverdueV1.class, Topics.CASE_EVENTS),
			EventType.of(CaseClosedV1.TYPE, CaseClosedV1.class, Topics.CASE_EVENTS),
			EventType.of(CaseReopenedV1.TYPE, CaseReopenedV1.class, Topics.CASE_EVENTS),
			EventType.of(CaregiverRegisteredV1.TYPE, CaregiverRegisteredV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverApprovedV1.TYPE, CaregiverApprovedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverCapacityChangedV1.TYPE, CaregiverCapacityChangedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverSuspendedV1.TYPE, CaregiverSuspendedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverReinstatedV1.TYPE, CaregiverReinstatedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverRemovedV1.TYPE, CaregiverRemovedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(PlacementRefusedV1.TYPE, PlacementRefusedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(VettingCheckRecordedV1.TYPE, VettingCheckRecordedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverFoundIneligibleV1.TYPE, CaregiverFoundIneligibleV1.class, Topics.FAMILY_EVENTS),
			EventType.of(RegistrationWithdrawnV1.TYPE, RegistrationWithdrawnV1.class, Topics.FAMILY_EVENTS),
			EventType.of(PlacementProposedV1.TYPE, PlacementProposedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(PlacementProposalClosedV1.TYPE, PlacementProposalClosedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(PlacementDecidedV1.TYPE, PlacementDecidedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(PlacementStartedV1.TYPE, PlacementStartedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(PlacementEndedV1.TYPE, PlacementEndedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(CaregiverConsentRecordedV1.TYPE, CaregiverConsentRecordedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(ChildOpinionRecordedV1.TYPE, ChildOpinionRecordedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(MonitoringReportRecordedV1.TYPE, MonitoringReportRecordedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(HandoverOverdueV1.TYPE, HandoverOverdueV1.class, Topics.MATCHING_EVENTS),
			EventType.of(MonitoringReportOverdueV1.TYPE, MonitoringReportOverdueV1.class, Topics.MATCHING_EVENTS));

	private EventTypes() {
	}

	public static List<EventType> all() {
		return ALL;
	}

	public static Optional<EventType> find(String type) {
		return ALL.stream().filter((eventType) -> eventType.type().equals(type)).findFirst();
	}

	public static Optional<EventType> forDataClass(Class<?> dataClass) {
		return ALL.stream().filter((eventType) -> eventType.dataClass().equals(dataClass)).findFirst();
	}

}
