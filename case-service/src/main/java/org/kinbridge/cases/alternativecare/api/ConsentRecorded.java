package org.kinbridge.cases.alternativecare.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** The consent to a child's alternative care, or the legal exception, was recorded. */
@Revision("1")
public record ConsentRecorded(String caseId, String needId, String childId, Consent consent, String correctionReason,
		Acting by) {
}
