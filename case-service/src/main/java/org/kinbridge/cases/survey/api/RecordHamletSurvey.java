package org.kinbridge.cases.survey.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record that a hamlet of the round was surveyed: by the assigned collaborator
 * themselves, or by an officer on their behalf.
 *
 * @param collaboratorId who surveyed the hamlet
 * @param surveyedAt when the survey was done
 * @param childrenFound children in special circumstances the collaborator found, known
 * ones included
 * @param findings the children newly reported, each opening a case
 */
public record RecordHamletSurvey(@TargetAggregateIdentifier String roundId, String communeCode, String hamletCode,
		String collaboratorId, Instant surveyedAt, int householdsVisited, int childrenFound,
		List<SurveyFinding> findings, Acting by) {

	public RecordHamletSurvey {
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

}
