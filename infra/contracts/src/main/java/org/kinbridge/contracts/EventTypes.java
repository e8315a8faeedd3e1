package org.kinbridge.contracts;

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
			EventType.of(CaregiverRegisteredV1.TYPE, CaregiverRegisteredV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverApprovedV1.TYPE, CaregiverApprovedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverCapacityChangedV1.TYPE, CaregiverCapacityChangedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverSuspendedV1.TYPE, CaregiverSuspendedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverReinstatedV1.TYPE, CaregiverReinstatedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(CaregiverRemovedV1.TYPE, CaregiverRemovedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(PlacementRefusedV1.TYPE, PlacementRefusedV1.class, Topics.FAMILY_EVENTS),
			EventType.of(PlacementProposedV1.TYPE, PlacementProposedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(PlacementProposalClosedV1.TYPE, PlacementProposalClosedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(PlacementDecidedV1.TYPE, PlacementDecidedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(PlacementStartedV1.TYPE, PlacementStartedV1.class, Topics.MATCHING_EVENTS),
			EventType.of(PlacementEndedV1.TYPE, PlacementEndedV1.class, Topics.MATCHING_EVENTS));

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
