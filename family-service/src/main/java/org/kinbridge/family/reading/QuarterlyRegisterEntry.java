package org.kinbridge.family.reading;

import java.time.LocalDate;
import java.util.List;

/**
 * A caregiver in a period's register report: on the register at the end of the period, or
 * changed on it during the period, or both.
 *
 * @param statusAtEnd {@code ELIGIBLE}, {@code SUSPENDED} or {@code REMOVED} at the end of
 * the period
 * @param changes what changed on the register during the period, oldest first
 */
public record QuarterlyRegisterEntry(String caregiverId, String applicantName, String coApplicantName,
		LocalDate dateOfBirth, String sex, String addressLine, List<String> careTypes, int capacity,
		LocalDate eligibleSince, String decisionNumber, String statusAtEnd, List<Change> changes) {

	/**
	 * One change on the register.
	 *
	 * @param kind {@code ADDED} (found eligible), {@code SUSPENDED}, {@code REINSTATED}
	 * or {@code REMOVED}
	 */
	public record Change(String kind, LocalDate on) {
	}

}
