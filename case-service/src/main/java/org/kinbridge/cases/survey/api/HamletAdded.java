package org.kinbridge.cases.survey.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** A hamlet was added to the commune's list. */
@Revision("1")
public record HamletAdded(String rosterId, String provinceCode, String communeCode, String hamletCode, String name,
		HamletKind kind, Acting by) {
}
