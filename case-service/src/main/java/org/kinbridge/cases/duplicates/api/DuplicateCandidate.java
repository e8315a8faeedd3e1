package org.kinbridge.cases.duplicates.api;

import java.util.List;

/**
 * An existing case that a new report may duplicate: same commune, and at least one child
 * whose name and age match.
 *
 * @param otherCaseId the existing case
 * @param otherCaseNumber its case number, for the officer
 * @param matches the pairs of children that look alike
 */
public record DuplicateCandidate(String otherCaseId, String otherCaseNumber, List<ChildMatch> matches) {

	public DuplicateCandidate {
		matches = (matches != null) ? List.copyOf(matches) : List.of();
	}

	/**
	 * A child of the new report and a child of the other case who look like the same
	 * child.
	 *
	 * @param childId the child in the new report
	 * @param otherChildId the child in the other case
	 * @param basis why they match: {@code NAME_AND_DATE_OF_BIRTH} or {@code NAME_AND_AGE}
	 */
	public record ChildMatch(String childId, String otherChildId, String basis) {
	}

}
