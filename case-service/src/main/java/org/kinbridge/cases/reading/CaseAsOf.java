package org.kinbridge.cases.reading;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.kinbridge.cases.casefile.CaseSummary;

/**
 * A case as the commune knew it at an instant: the shape of {@code GET
 * /api/cases/{caseId}}, and when and from how many of the case's events it was built.
 *
 * @param caseFile the case as it stood
 * @param asOf the instant asked for
 * @param eventsApplied the case's events recorded at or before {@code asOf}
 */
public record CaseAsOf(@JsonUnwrapped CaseSummary caseFile, Instant asOf, int eventsApplied) {
}
