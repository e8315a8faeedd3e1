package org.kinbridge.cases.survey.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * A survey round was closed.
 *
 * @param hamletsNotSurveyed the hamlets left without a survey, for which {@code reason}
 * speaks
 */
@Revision("1")
public record SurveyRoundClosed(String roundId, String communeCode, List<String> hamletsNotSurveyed, String reason,
		Acting by) {

	public SurveyRoundClosed {
		hamletsNotSurveyed = (hamletsNotSurveyed != null) ? List.copyOf(hamletsNotSurveyed) : List.of();
	}

}
