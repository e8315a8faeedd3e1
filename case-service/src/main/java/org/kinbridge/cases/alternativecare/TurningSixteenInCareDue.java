package org.kinbridge.cases.alternativecare;

/**
 * The payload of the deadline at a placed child's 16th birthday. Kept by the deadline
 * store until it fires, so its shape stays stable.
 */
public record TurningSixteenInCareDue(String caseId, String childId, String placementId) {
}
