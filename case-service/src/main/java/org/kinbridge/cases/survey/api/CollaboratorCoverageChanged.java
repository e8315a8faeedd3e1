package org.kinbridge.cases.survey.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The hamlets a collaborator covers changed, for the reason given; also when a hamlet
 * they covered was retired.
 *
 * @param hamletCodes every hamlet they cover from now on
 */
@Revision("1")
public record CollaboratorCoverageChanged(String rosterId, String communeCode, String collaboratorId,
		List<String> hamletCodes, String reason, Acting by) {

	public CollaboratorCoverageChanged {
		hamletCodes = (hamletCodes != null) ? List.copyOf(hamletCodes) : List.of();
	}

}
