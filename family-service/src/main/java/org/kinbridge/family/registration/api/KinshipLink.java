package org.kinbridge.family.registration.api;

/**
 * A relative registers to care for a named child of an open case (chăm sóc thay thế bởi
 * người thân thích). Such a registration follows the notification procedure and is
 * considered for that child.
 *
 * @param caseId the case-service case of the child
 * @param childName the child's name, as the relative gives it
 * @param relationToChild how the applicant is related to the child
 */
public record KinshipLink(String caseId, String childName, KinRelation relationToChild) {
}
