package org.kinbridge.matching.shortlist;

import java.util.List;
import java.util.stream.Collectors;

import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.Problems;

/**
 * A shortlist request the rules refuse, field by field: an override without a reason, of
 * a rule of the law, of a caregiver not considered; a split of siblings without reason.
 * Answered with 422 and an {@code errors} array.
 */
public class ShortlistRequestRefused extends DomainRuleViolation {

	static final String CODE = "shortlist.request-refused";

	public ShortlistRequestRefused(List<Problems.FieldError> errors) {
		super(CODE,
				"The shortlist request is refused: "
						+ errors.stream().map(Problems.FieldError::field).distinct().collect(Collectors.joining(", ")),
				errors);
	}

	public List<Problems.FieldError> errors() {
		return fieldErrors();
	}

}
