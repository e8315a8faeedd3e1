package org.kinbridge.cases.reference;

import java.util.List;
import java.util.Optional;

/**
 * A group of children in special circumstances (Law on Children Art. 10) with its
 * sub-groups (Decree 56/2017), as one province's code list has it.
 *
 * @param code the stable code stored in events, such as {@code ORPHANED}
 * @param lawPoint the point of Art. 10, {@code a} to {@code o}; {@code null} for a
 * province's own group
 * @param name the Vietnamese name
 * @param en the English name
 */
public record SpecialCircumstanceGroup(String code, String lawPoint, String name, String en, List<SubGroup> subGroups) {

	public SpecialCircumstanceGroup {
		subGroups = List.copyOf(subGroups);
	}

	public Optional<SubGroup> subGroup(String subGroupCode) {
		return this.subGroups.stream().filter((subGroup) -> subGroup.code().equals(subGroupCode)).findFirst();
	}

	/**
	 * @param code the stable code, {@code <group code>.<name>}
	 * @param verified {@code false} for a working summary not yet checked against the
	 * official text
	 */
	public record SubGroup(String code, String name, String en, boolean verified) {
	}

}
