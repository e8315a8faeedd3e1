package org.kinbridge.cases.survey.api;

import java.time.LocalDate;
import java.util.List;

import org.kinbridge.cases.casefile.api.Acting;

/**
 * Open a survey round of a commune: collaborators visit every hamlet in the period and
 * find the children in special circumstances (Law on Children 2016, Art. 10).
 *
 * @param hamlets the commune's active hamlets, which the round covers
 */
public record OpenSurveyRound(String roundId, String provinceCode, String communeCode, String title,
		LocalDate periodStart, LocalDate periodEnd, List<SurveyedHamlet> hamlets, Acting by) {

	public OpenSurveyRound {
		hamlets = (hamlets != null) ? List.copyOf(hamlets) : List.of();
	}

}
