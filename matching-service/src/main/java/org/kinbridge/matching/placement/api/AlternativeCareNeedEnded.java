package org.kinbridge.matching.placement.api;

import org.axonframework.serialization.Revision;

/**
 * case-service ended a child's need for alternative care; stored so that the sagas of the
 * need's proposals withdraw them.
 *
 * @param reason case-service's reason, e.g. {@code RETURNED_TO_FAMILY}
 * @param note the reason in the officer's words, or {@code null}
 * @param by the actor of case-service's event
 */
@Revision("1")
public record AlternativeCareNeedEnded(String needId, String caseId, String provinceCode, String communeCode,
		String reason, String note, Acting by) {
}
