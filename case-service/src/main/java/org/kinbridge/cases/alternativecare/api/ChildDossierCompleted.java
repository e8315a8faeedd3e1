package org.kinbridge.cases.alternativecare.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Every document of every child's dossier of the need is recorded
 * (CHILD_DOSSIER_COMPLETE); the document that completed it was recorded by {@code by}.
 */
@Revision("1")
public record ChildDossierCompleted(String caseId, String needId, Acting by) {
}
