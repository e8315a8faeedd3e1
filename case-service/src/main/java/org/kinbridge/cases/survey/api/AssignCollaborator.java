package org.kinbridge.cases.survey.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Assign a collaborator to survey a hamlet of the round. A collaborator who does not
 * cover the hamlet on the roster may still be assigned, with a reason.
 *
 * @param collaboratorUserId the collaborator's own user id, {@code null} when they have
 * no account
 * @param coversHamlet whether the roster has them covering the hamlet
 * @param reason why, required when they do not cover the hamlet
 */
public record AssignCollaborator(@TargetAggregateIdentifier String roundId, String communeCode, String hamletCode,
		String collaboratorId, String collaboratorName, String collaboratorUserId, boolean coversHamlet, String reason,
		Acting by) {
}
