package org.kinbridge.cases.referral;

import java.util.List;
import java.util.stream.Collectors;

import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.Problems;

/**
 * A referral rule refused the request because of what some fields hold, or lack, given
 * the case: answered with 422 and the fields, so that the form can point at them. The
 * messages are shown to the caller and name no child or person.
 */
public class ReferralRefused extends DomainRuleViolation {

	private final transient List<FieldProblem> problems;

	public ReferralRefused(String code, List<FieldProblem> problems) {
		super(code,
				problems.stream()
					.map((problem) -> problem.field() + ": " + problem.message())
					.collect(Collectors.joining("; ")),
				problems.stream()
					.map((problem) -> new Problems.FieldError(problem.field(), problem.message()))
					.toList());
		this.problems = List.copyOf(problems);
	}

	public ReferralRefused(String code, String field, String message) {
		this(code, List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * @param field the path of the field in the request, such as {@code consent}
	 * @param message what the rule needs of it
	 */
	public record FieldProblem(String field, String message) {
	}

}
