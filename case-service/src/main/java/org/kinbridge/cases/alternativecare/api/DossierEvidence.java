package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

/**
 * One document of a child's dossier and where it is kept.
 *
 * @param evidenceRef the reference of the document in the commune's files, {@code null}
 * only when the child has no birth certificate or identity document
 * @param takenOn for {@link DossierItem#PHOTOS}, the day the photos were taken
 * @param notAvailableReason for {@link DossierItem#BIRTH_CERTIFICATE_OR_ID}, why the
 * child has none (the decree asks for it only if there is one)
 */
public record DossierEvidence(DossierItem item, String evidenceRef, LocalDate takenOn, String notAvailableReason) {
}
