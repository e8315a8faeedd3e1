package org.kinbridge.cases.plan.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of a support and intervention plan (Form 04): what it aims at, what will be
 * done by which service and when, and the period it covers.
 */
public record SupportPlan(List<String> goals, List<PlannedAction> actions, LocalDate startsOn, LocalDate endsOn) {

	/** One action of the plan and the service responsible for it. */
	public record PlannedAction(String description, String responsibleService, LocalDate dueBy) {
	}

}
