package org.kinbridge.cases.assessment.api;

/**
 * The level of risk an assessment finds for the child (Form 02 and the specific
 * assessment).
 */
public enum RiskLevel {

	LOW, MEDIUM, HIGH

}
