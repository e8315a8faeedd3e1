package org.kinbridge.cases.plan.api;

/**
 * The event from which the working days for drafting the plan are counted. Decree 56/2017
 * Art. 28 cl. 1 counts them from the risk assessment; the initial assessment is the
 * earlier, stricter reading and the default, and a province may configure the other.
 */
public enum PlanDraftingStart {

	INITIAL_ASSESSMENT, SPECIFIC_ASSESSMENT

}
