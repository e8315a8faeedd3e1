package org.kinbridge.cases.alternativecare.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/**
 * The children of the need no longer need alternative care.
 *
 * @param announced whether matching-service had been told of the need, and so must be
 * told that it ended
 */
@Revision("1")
public record AlternativeCareNeedEnded(String caseId, String needId, List<String> childIds, String provinceCode,
		String communeCode, NeedEndReason reason, String note, boolean announced, Acting by) {
}
