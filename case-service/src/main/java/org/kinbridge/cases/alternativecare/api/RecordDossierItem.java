package org.kinbridge.cases.alternativecare.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * Record a document of a child's dossier. On a confirmed need only as a correction, with
 * its reason.
 */
public record RecordDossierItem(@TargetAggregateIdentifier String caseId, String needId, String childId,
		DossierEvidence evidence, String correctionReason, Acting by) {
}
