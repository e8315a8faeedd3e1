package org.kinbridge.cases.alternativecare.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * A document of a child's dossier was recorded; a later one for the same item replaces
 * it.
 *
 * @param correctionReason why a confirmed need's checklist was changed, {@code null}
 * before confirmation
 */
@Revision("1")
public record DossierItemRecorded(String caseId, String needId, String childId, DossierEvidence evidence,
		String correctionReason, Acting by) {
}
