package org.kinbridge.cases.alternativecare.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** What the child said about alternative care was recorded. */
@Revision("1")
public record ChildOpinionRecorded(String caseId, String needId, String childId, ChildOpinion opinion,
		String correctionReason, Acting by) {
}
