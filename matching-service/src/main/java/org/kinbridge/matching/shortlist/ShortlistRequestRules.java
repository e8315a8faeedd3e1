package org.kinbridge.matching.shortlist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinbridge.matching.children.WaitingChild;
import org.kinbridge.matching.shortlist.ranking.HardRule;
import org.kinbridge.platform.web.Problems;

/**
 * What a shortlist request must respect, field by field: only a caregiver's own
 * preferences can be set aside, never a rule of the law; every override and every split
 * of siblings needs a reason; an override names a caregiver the shortlist considers.
 */
final class ShortlistRequestRules {

	private static final String PREFERENCES = Arrays.stream(HardRule.values())
		.filter(HardRule::isOverridable)
		.map(Enum::name)
		.collect(Collectors.joining(", "));

	private ShortlistRequestRules() {
	}

	static List<Problems.FieldError> check(ShortlistRequest request, WaitingChild need) {
		List<Problems.FieldError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < request.overrides().size(); i++) {
			ShortlistRequest.Override override = request.overrides().get(i);
			String at = "overrides[" + i + "]";
			if (override == null) {
				errors.add(new Problems.FieldError(at, "must be an object with caregiverId, rule and reason"));
				continue;
			}
			if (blank(override.caregiverId())) {
				errors.add(new Problems.FieldError(at + ".caregiverId", "is required"));
			}
			HardRule rule = ruleNamed(override.rule());
			if (blank(override.rule())) {
				errors.add(new Problems.FieldError(at + ".rule", "is required; one of: " + PREFERENCES));
			}
			else if (rule == null) {
				errors.add(new Problems.FieldError(at + ".rule", "must be one of: " + PREFERENCES));
			}
			else if (!rule.isOverridable()) {
				errors.add(new Problems.FieldError(at + ".rule",
						"is a rule of the law and cannot be overridden; only these can: " + PREFERENCES));
			}
			if (blank(override.reason())) {
				errors.add(new Problems.FieldError(at + ".reason",
						"must say why the caregiver's preference is set aside"));
			}
			if (!seen.add(override.caregiverId() + "/" + override.rule())) {
				errors.add(new Problems.FieldError(at, "sets aside the same preference of the same caregiver twice"));
			}
		}
		if (request.splitSiblings() != null) {
			if (blank(request.splitSiblings().reason())) {
				errors.add(new Problems.FieldError("splitSiblings.reason",
						"must say why the brothers and sisters may be placed apart"));
			}
			if (need.siblings().isEmpty()) {
				errors.add(new Problems.FieldError("splitSiblings", "the child has no siblings to place apart"));
			}
			else if (!need.keepSiblingsTogether()) {
				errors.add(new Problems.FieldError("splitSiblings",
						"the case does not ask to keep the siblings together, so there is nothing to split"));
			}
		}
		return errors;
	}

	static List<Problems.FieldError> overridesOfConsidered(ShortlistRequest request, Set<String> considered) {
		List<Problems.FieldError> errors = new ArrayList<>();
		for (int i = 0; i < request.overrides().size(); i++) {
			ShortlistRequest.Override override = request.overrides().get(i);
			if (override != null && !blank(override.caregiverId()) && !considered.contains(override.caregiverId())) {
				errors.add(new Problems.FieldError("overrides[" + i + "].caregiverId",
						"is not an eligible caregiver of the province nor a relative of the child"));
			}
		}
		return errors;
	}

	private static HardRule ruleNamed(String name) {
		return Arrays.stream(HardRule.values()).filter(rule -> rule.name().equals(name)).findFirst().orElse(null);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
