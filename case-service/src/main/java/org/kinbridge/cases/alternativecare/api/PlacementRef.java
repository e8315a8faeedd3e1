package org.kinbridge.cases.alternativecare.api;

/**
 * What every placement event of matching-service names: the placement, the need it
 * answers, the child and the caregiver.
 */
public record PlacementRef(String placementId, String needId, String childId, String caregiverId) {
}
