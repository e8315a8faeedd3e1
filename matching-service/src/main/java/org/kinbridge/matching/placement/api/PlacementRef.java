package org.kinbridge.matching.placement.api;

/**
 * What a placement is about, carried by each of its events so that every event says on
 * its own which child, need and caregiver it concerns and where.
 *
 * @param placementId the placement aggregate id
 * @param needId the need for alternative care the placement answers
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the proposed caregiver
 * @param provinceCode the tenant
 * @param communeCode the child's commune, which handles the placement
 * @param careType the kind of care
 */
public record PlacementRef(String placementId, String needId, String caseId, String childId, String caregiverId,
		String provinceCode, String communeCode, CareType careType) {
}
