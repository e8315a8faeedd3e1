package org.kinbridge.cases.survey.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * A collaborator was assigned to survey a hamlet of the round, replacing anyone assigned
 * before.
 *
 * @param reason why, when the roster does not have them covering the hamlet
 */
@Revision("1")
public record CollaboratorAssigned(String roundId, String communeCode, String hamletCode, String collaboratorId,
		String collaboratorName, String collaboratorUserId, boolean coversHamlet, String reason, Acting by) {
}
