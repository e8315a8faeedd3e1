package org.kinbridge.cases.alternativecare.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** A relative of the children was listed as a possible kinship carer. */
@Revision("1")
public record RelativeAdded(String caseId, String relativeId, RelativeDetails relative, Acting by) {
}
