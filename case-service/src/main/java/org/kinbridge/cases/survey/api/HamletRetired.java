package org.kinbridge.cases.survey.api;

import org.axonframework.serialization.Revision;
import org.kinbridge.cases.casefile.api.Acting;

/** A hamlet was retired, for the reason given; its code is never used again. */
@Revision("1")
public record HamletRetired(String rosterId, String communeCode, String hamletCode, String reason, Acting by) {
}
