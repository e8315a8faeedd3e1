package org.kinbridge.cases.lists;

import java.time.LocalDate;
import java.util.List;

import org.kinbridge.cases.intake.api.Sex;

/**
 * A commune's list as of a day: how many children under each group and sub-group, and who
 * they are.
 *
 * @param totalChildren children on the list, each counted once whatever their groups
 * @param groups every group of the province's code list (or the one asked for), with its
 * sub-groups
 */
public record CommuneList(ListKind list, String provinceCode, String communeCode, String communeName, LocalDate asOf,
		String group, String subGroup, int totalChildren, List<GroupCount> groups, List<ListedChild> children) {

	/**
	 * @param children children listed under the group, each counted once
	 * @param subGroups the group's sub-groups; children listed under the group alone are
	 * counted under a sub-group {@code null}
	 */
	public record GroupCount(String group, String name, int children, List<SubGroupCount> subGroups) {
	}

	public record SubGroupCount(String subGroup, String name, int children) {
	}

	/**
	 * One child under one group and sub-group; a child in two groups has two lines.
	 *
	 * @param estimatedAge the estimated age on the day of the list, when no date of birth
	 * is known
	 * @param hamletCode the hamlet where a survey found the child, when one did
	 * @param since the day from which the child has been on the list without a break
	 */
	public record ListedChild(String caseId, String caseNumber, String childId, String fullName, Sex sex,
			LocalDate dateOfBirth, Integer estimatedAge, String hamletCode, String hamletName, String group,
			String subGroup, LocalDate since) {
	}

}
