package org.kinbridge.cases.casefile;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as it was when it was handed over, kept for the commune and province it left:
 * they read this copy, and nothing the new owner adds.
 *
 * @param referralId the accepted transfer through which the case left; one copy each
 * @param provinceCode the province the case left
 * @param communeCode the commune the case left
 * @param at when it left
 * @param summary the case as it was then, marked with where it went
 */
@Document("case_handovers")
public record CaseHandoverSnapshot(@Id String referralId, String caseId, String provinceCode, String communeCode,
		Instant at, CaseSummary summary) {
}
