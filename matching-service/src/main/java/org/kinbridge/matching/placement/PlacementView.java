package org.kinbridge.matching.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.matching.placement.api.ProposalBasis;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A placement as officers, the chair and auditors read it: where it stands, every step
 * with who took it, when and why, its time limits and its alerts. It names no person,
 * only ids. Lists are never {@code null}, so that the projection can add to them.
 *
 * @param needRecordedAt when the need for alternative care was decided, for the time to
 * placement
 * @param outcome why the proposal closed or the placement ended, {@code null} while open
 * @param anotherFormOfCareNeeded whether an ended placement sent the child back to wait
 * for another, {@code null} while not ended
 */
@Document(PlacementView.COLLECTION)
public record PlacementView(@Id String placementId, String needId, String caseId, String childId, String caregiverId,
		String provinceCode, String communeCode, String careType, String state, ProposalBasis basis,
		Instant needRecordedAt, Instant proposedAt, String proposedBy, String decisionNumber, LocalDate decidedOn,
		LocalDate handedOverOn, LocalDate endedOn, String outcome, Boolean anotherFormOfCareNeeded, List<Step> steps,
		List<TimeLimit> deadlines, List<Alert> alerts) {

	public static final String COLLECTION = "placements";

	public PlacementView {
		steps = (steps != null) ? steps : List.of();
		deadlines = (deadlines != null) ? deadlines : List.of();
		alerts = (alerts != null) ? alerts : List.of();
	}

	/**
	 * One step of the process.
	 *
	 * @param eventId the stored event the step comes from, so that a redelivered event
	 * adds nothing
	 * @param kind e.g. {@code CAREGIVER_CONFIRMED}, {@code MONITORING_REPORT}
	 * @param on the day it happened, where the step has one
	 * @param at when it was recorded
	 * @param userId who recorded it
	 * @param role under which role
	 * @param reason why, in the words of whoever recorded it
	 * @param legalBasis the provisions it rests on, where it has any
	 * @param detail what else the step says, e.g. the decision number or the outcome
	 */
	public record Step(String eventId, String kind, LocalDate on, Instant at, String userId, String role, String reason,
			String legalBasis, String detail) {
	}

	/**
	 * A time limit running on the placement. A missed one stays open until it is met.
	 *
	 * @param kind {@code HANDOVER} or {@code MONITORING_REPORT}
	 * @param dueOn the last day
	 * @param metOn the day it was met, {@code null} while open
	 * @param missedAt when it was found missed, {@code null} otherwise
	 */
	public record TimeLimit(String kind, LocalDate dueOn, Instant dueAt, LocalDate metOn, Instant missedAt) {
	}

	/**
	 * Something an officer must look at.
	 *
	 * @param kind e.g. {@code HANDOVER_OVERDUE}, {@code CAREGIVER_SUSPENDED}
	 * @param raisedAt when it was raised
	 * @param detail what happened
	 */
	public record Alert(String eventId, String kind, Instant raisedAt, String detail) {
	}

}
