package org.kinbridge.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.matching.candidates.CandidateCaregiver;
import org.kinbridge.matching.candidates.CandidateState;
import org.kinbridge.matching.children.WaitingChild;
import org.kinbridge.matching.children.WaitingState;

/**
 * Rows of the views as the tests seed them: a Kinh, Hoà Hảo boy of 2016 and caregivers of
 * 2 places.
 */
public final class ViewSamples {

	private ViewSamples() {
	}

	public static CandidateCaregiver caregiver(String id, String province, String commune, String kinCaseId,
			CandidateState state, String born) {
		return new CandidateCaregiver(id, province, commune, "Người " + id, LocalDate.parse(born), "FEMALE",
				List.of((kinCaseId != null) ? "KINSHIP" : "NON_RELATIVE"), kinCaseId, 2, 0, 2,
				new CandidateCaregiver.Preferences(null, null, List.of(), true, List.of()), List.of("vi"), "KINH",
				"HOA_HAO", 3, state, Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"),
				Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"), "evt-" + id);
	}

	public static WaitingChild need(String needId, String caseId, String province, String commune, WaitingState state) {
		return new WaitingChild(needId, caseId, province, commune, commune,
				new WaitingChild.ChildProfile("child-" + needId, caseId, "MALE", LocalDate.parse("2016-03-02"), null,
						"KINH", "HOA_HAO", List.of("vi"), List.of(), List.of("NO_ONE_TO_RELY_ON")),
				null, List.of(), true, List.of("KINSHIP", "NON_RELATIVE"), List.of(),
				new WaitingChild.Eligibility("ORPHANED_OR_ABANDONED", true, "GUARDIAN_CONSENT", true), state,
				Instant.parse("2026-12-05T03:00:00Z"), Instant.parse("2026-12-05T03:00:00Z"), null, null,
				"evt-" + needId);
	}

}
