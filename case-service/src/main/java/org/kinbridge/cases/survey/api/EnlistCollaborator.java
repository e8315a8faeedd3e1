package org.kinbridge.cases.survey.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Put a child-protection collaborator (cộng tác viên) on the commune's roster.
 *
 * @param userId the token subject of the collaborator's own account, when they have one;
 * {@code null} otherwise
 * @param hamletCodes the hamlets they cover
 * @param activeUntil the planned end of their service, {@code null} when open-ended
 */
public record EnlistCollaborator(String provinceCode, String communeCode, String collaboratorId, String fullName,
		String phone, String userId, List<String> hamletCodes, LocalDate activeFrom, LocalDate activeUntil, Acting by) {

	public EnlistCollaborator {
		hamletCodes = (hamletCodes != null) ? List.copyOf(hamletCodes) : List.of();
	}

	@TargetAggregateIdentifier
	public String rosterId() {
		return Rosters.idOf(this.communeCode);
	}

}
