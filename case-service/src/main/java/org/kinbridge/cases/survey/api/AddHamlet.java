package org.kinbridge.cases.survey.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Add a hamlet to the commune's own list; hamlets have no national code.
 *
 * @param hamletCode the commune's code for the hamlet, unique in the commune for good
 * @param name the name as people say it, such as {@code ấp Phú Hưng}
 */
public record AddHamlet(String provinceCode, String communeCode, String hamletCode, String name, HamletKind kind,
		Acting by) {

	@TargetAggregateIdentifier
	public String rosterId() {
		return Rosters.idOf(this.communeCode);
	}

}
