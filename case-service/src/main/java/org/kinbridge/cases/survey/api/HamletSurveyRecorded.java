package org.kinbridge.cases.survey.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * A hamlet of the round was surveyed. Each finding's case is opened through intake right
 * after, with the channel {@code COLLABORATOR_SURVEY}.
 *
 * @param onBehalf whether an officer recorded it for the collaborator
 */
@Revision("1")
public record HamletSurveyRecorded(String roundId, String provinceCode, String communeCode, String hamletCode,
		String hamletName, String collaboratorId, boolean onBehalf, Instant surveyedAt, int householdsVisited,
		int childrenFound, List<SurveyFinding> findings, Acting by) {

	public HamletSurveyRecorded {
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

}
