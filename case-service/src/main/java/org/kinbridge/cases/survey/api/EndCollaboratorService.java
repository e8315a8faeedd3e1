package org.kinbridge.cases.survey.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * End a collaborator's service; they stay on the roster's history.
 *
 * @param lastDay their last day of service
 */
public record EndCollaboratorService(String communeCode, String collaboratorId, LocalDate lastDay, String reason,
		Acting by) {

	@TargetAggregateIdentifier
	public String rosterId() {
		return Rosters.idOf(this.communeCode);
	}

}
