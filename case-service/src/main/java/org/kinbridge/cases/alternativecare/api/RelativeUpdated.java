package org.kinbridge.cases.alternativecare.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** What is known of a relative changed; the details replace the earlier ones. */
@Revision("1")
public record RelativeUpdated(String caseId, String relativeId, RelativeDetails relative, Acting by) {
}
