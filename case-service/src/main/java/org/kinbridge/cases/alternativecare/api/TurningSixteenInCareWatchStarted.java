package org.kinbridge.cases.alternativecare.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A placed child will turn 16, when the Law on Children stops covering them (Art. 1), on
 * {@code turns16On}; the case watches for that day while the placement runs.
 *
 * @param dueAt the start of that day in Vietnam
 */
@Revision("1")
public record TurningSixteenInCareWatchStarted(String caseId, PlacementRef placement, LocalDate turns16On,
		Instant dueAt) {

	/** The kind under which the case's deadlines show the watch, one per child. */
	public String deadlineKind() {
		return deadlineKind(this.placement.childId());
	}

	public static String deadlineKind(String childId) {
		return "CHILD_TURNS_16_IN_CARE:" + childId;
	}

}
