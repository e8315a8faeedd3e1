package org.kinbridge.cases.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinbridge.cases.referral.ReferralRefused.FieldProblem;
import org.kinbridge.cases.referral.api.ChildOpinion;
import org.kinbridge.cases.referral.api.ConsentForm;
import org.kinbridge.cases.referral.api.ConsentOverride;
import org.kinbridge.cases.referral.api.ConsentRecord;
import org.kinbridge.cases.referral.api.ParentalConsent;
import org.kinbridge.cases.referral.api.ReferCase;

/**
 * Sharing a child's private information needs the consent of a parent or guardian, and of
 * the child from the age of 7 (Law on Children 2016 Art. 21 cl. 2); a province may ask
 * younger children too. A referral may go without either only on a legal ground that an
 * override states, with its reason and who decided.
 */
final class ConsentGate {

	private ConsentGate() {
	}

	/**
	 * @param children the ages known of the case's children, by child id
	 * @param on the day of referral in Vietnam
	 * @param opinionAge the age from which a child's opinion is required
	 * @return the consent the referral goes out on
	 * @throws ReferralRefused (422) naming each missing consent or opinion
	 */
	static ConsentRecord check(ReferCase command, Map<String, ChildAge> children, LocalDate on, int opinionAge) {
		List<String> opinionRequiredOf = command.childIds()
			.stream()
			.filter((childId) -> children.getOrDefault(childId, ChildAge.UNKNOWN).hasReached(opinionAge, on))
			.toList();
		List<FieldProblem> problems = new ArrayList<>(opinionsOfOthers(command));
		if (command.override() != null) {
			problems.addAll(overrideProblems(command.override()));
		}
		else {
			problems.addAll(consentProblems(command.consent(), on));
			problems.addAll(missingOpinions(command, opinionRequiredOf, on, opinionAge));
		}
		if (!problems.isEmpty()) {
			throw new ReferralRefused("referral.consent-required", problems);
		}
		return new ConsentRecord(command.consent(), command.childOpinions(), command.override(), opinionAge,
				opinionRequiredOf);
	}

	private static List<FieldProblem> consentProblems(ParentalConsent consent, LocalDate on) {
		if (consent == null) {
			return List.of(new FieldProblem("consent",
					"the consent of a parent or guardian is required, or an override with its legal ground"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (consent.givenBy() == null || isBlank(consent.name()) || consent.givenOn() == null
				|| consent.form() == null) {
			problems.add(new FieldProblem("consent", "say who consented, when and how"));
		}
		if (consent.givenOn() != null && consent.givenOn().isAfter(on)) {
			problems.add(new FieldProblem("consent.givenOn", "cannot be after the day of the referral"));
		}
		if (consent.form() == ConsentForm.WRITTEN && isBlank(consent.documentReference())) {
			problems.add(new FieldProblem("consent.documentReference", "is required for written consent"));
		}
		return problems;
	}

	private static List<FieldProblem> missingOpinions(ReferCase command, List<String> opinionRequiredOf, LocalDate on,
			int opinionAge) {
		Set<String> heard = command.childOpinions()
			.stream()
			.filter((opinion) -> opinion.obtainedOn() != null && !opinion.obtainedOn().isAfter(on)
					&& !isBlank(opinion.summary()))
			.map(ChildOpinion::childId)
			.collect(Collectors.toSet());
		List<FieldProblem> problems = new ArrayList<>();
		for (String childId : opinionRequiredOf) {
			if (!heard.contains(childId)) {
				problems.add(new FieldProblem("childOpinions",
						"the opinion of the child at childIds[%d] is required: the child is %d or older on %s, or of unknown age"
							.formatted(command.childIds().indexOf(childId), opinionAge, on)));
			}
		}
		return problems;
	}

	private static List<FieldProblem> opinionsOfOthers(ReferCase command) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < command.childOpinions().size(); i++) {
			if (!command.childIds().contains(command.childOpinions().get(i).childId())) {
				problems
					.add(new FieldProblem("childOpinions[" + i + "].childId", "is not one of the referred children"));
			}
		}
		return problems;
	}

	private static List<FieldProblem> overrideProblems(ConsentOverride override) {
		List<FieldProblem> problems = new ArrayList<>();
		if (override.legalGround() == null) {
			problems.add(new FieldProblem("override.legalGround", "is required to go without consent"));
		}
		if (isBlank(override.reason())) {
			problems.add(new FieldProblem("override.reason", "say why the legal ground applies to this child"));
		}
		if (isBlank(override.authorisedBy())) {
			problems.add(new FieldProblem("override.authorisedBy", "say who decided to go without consent"));
		}
		return problems;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * What the report says of a child's age.
	 *
	 * @param dateOfBirth the date of birth, when known
	 * @param estimatedAge the age the reporter estimated, when the date is not known
	 * @param estimatedOn the day of that estimate, the day the report was received
	 */
	record ChildAge(LocalDate dateOfBirth, Integer estimatedAge, LocalDate estimatedOn) {

		static final ChildAge UNKNOWN = new ChildAge(null, null, null);

		/**
		 * An estimate grows with the years since it was made; a child whose age is not
		 * known at all counts as old enough, so that no opinion is skipped for lack of a
		 * date.
		 */
		boolean hasReached(int age, LocalDate on) {
			if (this.dateOfBirth != null) {
				return !this.dateOfBirth.plusYears(age).isAfter(on);
			}
			if (this.estimatedAge != null && this.estimatedOn != null) {
				return this.estimatedAge + Period.between(this.estimatedOn, on).getYears() >= age;
			}
			return true;
		}

	}

}
