package org.kinbridge.cases.survey.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** A collaborator's service ended on {@code lastDay}, for the reason given. */
@Revision("1")
public record CollaboratorServiceEnded(String rosterId, String communeCode, String collaboratorId, LocalDate lastDay,
		String reason, Acting by) {
}
