package org.kinbridge.cases.survey.api;

/**
 * A child found in special circumstances during a hamlet's survey, and the case opened
 * for them through intake.
 */
public record SurveyFinding(String findingId, String caseId, String caseNumber) {
}
