package org.kinbridge.matching.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverCapacityChangedV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.contracts.family.CaregiverReinstatedV1;
import org.kinbridge.contracts.family.CaregiverRemovedV1;
import org.kinbridge.contracts.family.CaregiverSuspendedV1;

/** family-service's events as the tests need them, with the contract's records. */
public final class FamilyEvents {

	public static final ActorRef CHAIR = new ActorRef("chair.phutan", "COMMUNE_CHAIR");

	public static final CaregiverApprovedV1.Preferences ANY_CHILD = new CaregiverApprovedV1.Preferences(null, null,
			List.of(), true, List.of());

	private FamilyEvents() {
	}

	public static CaregiverRegisteredV1 registered(String caregiverId, String province, String commune, int capacity,
			Instant at) {
		return new CaregiverRegisteredV1(caregiverId, province, commune,
				new CaregiverRegisteredV1.Applicant("Nguyễn Thị Hoa", LocalDate.parse("1980-05-01"), "FEMALE"),
				List.of("NON_RELATIVE"), capacity, List.of("vi"), "KINH", "HOA_HAO", at, CHAIR);
	}

	public static CaregiverApprovedV1 approved(String caregiverId, String province, String commune, String kinCaseId,
			int capacity, int free, Instant at) {
		return new CaregiverApprovedV1(caregiverId, province, commune,
				List.of((kinCaseId != null) ? "KINSHIP" : "NON_RELATIVE", "EMERGENCY"), kinCaseId, capacity, free,
				ANY_CHILD, List.of("vi"), "KINH", "HOA_HAO", "FEMALE", LocalDate.parse("1975-07-15"), 3, at, CHAIR);
	}

	public static CaregiverCapacityChangedV1 capacityChanged(String caregiverId, int capacity, int placed, Instant at) {
		return new CaregiverCapacityChangedV1(caregiverId, "91", "30406", capacity, placed,
				Math.max(0, capacity - placed), "PLACE_TAKEN", "pl-1", at, CHAIR);
	}

	public static CaregiverSuspendedV1 suspended(String caregiverId, Instant at) {
		return new CaregiverSuspendedV1(caregiverId, "91", "30406", at, CHAIR);
	}

	public static CaregiverReinstatedV1 reinstated(String caregiverId, Instant at) {
		return new CaregiverReinstatedV1(caregiverId, "91", "30406", at, CHAIR);
	}

	public static CaregiverRemovedV1 removed(String caregiverId, Instant at) {
		return new CaregiverRemovedV1(caregiverId, "91", "30406", at, CHAIR);
	}

}
