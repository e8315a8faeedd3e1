package org.kinbridge.cases.alternativecare.api;

/**
 * The consent to alternative care, or the ground of law that stands in for it.
 *
 * @param givenBy the parent or guardian who consented; {@code null} for a legal exception
 * @param givenByRelation how they are related to the child, e.g. mother
 * @param documentRef the written consent in the commune's files
 * @param legalGround for {@link ConsentBasis#LEGAL_EXCEPTION}, the provision relied on
 */
public record Consent(ConsentBasis basis, String givenBy, String givenByRelation, String documentRef,
		String legalGround) {
}
