package org.kinbridge.cases.survey.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** A collaborator joined the commune's roster, covering the hamlets named. */
@Revision("1")
public record CollaboratorEnlisted(String rosterId, String provinceCode, String communeCode, String collaboratorId,
		String fullName, String phone, String userId, List<String> hamletCodes, LocalDate activeFrom,
		LocalDate activeUntil, Acting by) {

	public CollaboratorEnlisted {
		hamletCodes = (hamletCodes != null) ? List.copyOf(hamletCodes) : List.of();
	}

}
