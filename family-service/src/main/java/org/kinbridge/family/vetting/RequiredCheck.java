package org.kinbridge.family.vetting;

import org.kinbridge.family.vetting.api.CheckKind;

/**
 * One line of the checklist: a kind of check about one subject.
 *
 * @param subject {@code applicant}, {@code co-applicant}, {@code household} or a
 * {@code member-<n>} id
 */
public record RequiredCheck(CheckKind kind, String subject) {

	@Override
	public String toString() {
		return this.kind + " of " + this.subject;
	}

}
