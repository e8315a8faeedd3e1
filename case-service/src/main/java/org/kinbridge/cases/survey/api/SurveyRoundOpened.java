package org.kinbridge.cases.survey.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** A survey round was opened over the commune's hamlets. */
@Revision("1")
public record SurveyRoundOpened(String roundId, String provinceCode, String communeCode, String title,
		LocalDate periodStart, LocalDate periodEnd, List<SurveyedHamlet> hamlets, Acting by) {

	public SurveyRoundOpened {
		hamlets = (hamlets != null) ? List.copyOf(hamlets) : List.of();
	}

}
