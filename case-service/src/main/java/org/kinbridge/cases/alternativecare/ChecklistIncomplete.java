package org.kinbridge.cases.alternativecare;

import java.util.List;
import java.util.stream.Collectors;

import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.Problems.FieldError;

/**
 * Eligibility cannot be confirmed while items of the checklist are unmet; answered with
 * 422 and every unmet item in {@code errors}.
 */
public class ChecklistIncomplete extends DomainRuleViolation {

	public ChecklistIncomplete(List<FieldError> unmet) {
		super("alternative-care.checklist-incomplete",
				"Eligibility cannot be confirmed: " + unmet.size() + " item(s) of the checklist are not met: "
						+ unmet.stream().map(FieldError::field).collect(Collectors.joining(", ")) + ".",
				unmet);
	}

	public List<FieldError> unmet() {
		return fieldErrors();
	}

}
