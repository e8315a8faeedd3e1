package org.kinbridge.matching.shortlist;

import java.util.List;

import org.kinbridge.platform.web.Problems;

/**
 * A shortlist request the rules refuse, field by field: an override without a reason, of
 * a rule of the law, of a caregiver not considered; a split of siblings without reason.
 * Answered with 422 and an {@code errors} array.
 */
public class ShortlistRequestRefused extends RuntimeException {

	private final transient List<Problems.FieldError> errors;

	public ShortlistRequestRefused(List<Problems.FieldError> errors) {
		super(errors.size() + " field(s) of the shortlist request are refused");
		this.errors = List.copyOf(errors);
	}

	public List<Problems.FieldError> errors() {
		return this.errors;
	}

}
