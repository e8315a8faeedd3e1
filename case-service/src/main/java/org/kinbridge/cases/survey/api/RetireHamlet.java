package org.kinbridge.cases.survey.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Retire a hamlet that was merged or renamed: it stays in the list, and in the history of
 * surveys and cases, but nobody covers it any more.
 */
public record RetireHamlet(String communeCode, String hamletCode, String reason, Acting by) {

	@TargetAggregateIdentifier
	public String rosterId() {
		return Rosters.idOf(this.communeCode);
	}

}
