package org.kinbridge.cases.survey.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Change the hamlets a collaborator covers, saying why.
 *
 * @param hamletCodes every hamlet they cover from now on
 */
public record CoverHamlets(String communeCode, String collaboratorId, List<String> hamletCodes, String reason,
		Acting by) {

	public CoverHamlets {
		hamletCodes = (hamletCodes != null) ? List.copyOf(hamletCodes) : List.of();
	}

	@TargetAggregateIdentifier
	public String rosterId() {
		return Rosters.idOf(this.communeCode);
	}

}
