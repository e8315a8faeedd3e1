package org.kinbridge.matching.shortlist.ranking;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shortlisting itself: the hard rules, then integer points per factor, then the order
 * (points, then caregiver id). Pure and deterministic: it reads only its inputs, so the
 * same inputs give the same shortlist, today or in an audit years later.
 */
public final class Shortlister {

	/** Stands for a broken rule where the words are not needed (ranking thousands). */
	private static final String BROKEN = "";

	private static final int PREFERENCE_RULES = 4;

	private static final int ADULT_AGE = 18;

	private static final int AGE_GAP_YEARS = 20;

	private static final Comparator<Scored> ORDER = Comparator.comparingInt(Scored::points)
		.reversed()
		.thenComparing(scored -> scored.caregiver().caregiverId());

	/**
	 * @param inputs the need, the caregivers considered, the rule set and the overrides
	 * @return the best caregivers who meet every hard rule, explained, and the counts of
	 * those left out
	 */
	public Ranking rank(ShortlistInputs inputs) {
		Context context = new Context(inputs);
		List<Scored> passing = new ArrayList<>();
		int[] brokenBy = new int[HardRule.values().length];
		for (CaregiverSnapshot caregiver : inputs.caregivers()) {
			Map<HardRule, String> broken = context.brokenRules(caregiver, false);
			if (broken.isEmpty()) {
				passing.add(new Scored(caregiver, context.points(caregiver)));
			}
			else {
				broken.keySet().forEach(rule -> brokenBy[rule.ordinal()]++);
			}
		}
		passing.sort(ORDER);
		int listed = Math.min(passing.size(), inputs.ruleSet().shortlistLength());
		List<RankedCandidate> candidates = new ArrayList<>(listed);
		for (int i = 0; i < listed; i++) {
			candidates.add(context.explain(passing.get(i), i + 1));
		}
		List<Ranking.RuleCount> excludedByRule = new ArrayList<>();
		for (HardRule rule : HardRule.values()) {
			if (brokenBy[rule.ordinal()] > 0) {
				excludedByRule.add(new Ranking.RuleCount(rule, brokenBy[rule.ordinal()]));
			}
		}
		return new Ranking(List.copyOf(candidates), inputs.caregivers().size(), passing.size(),
				inputs.caregivers().size() - passing.size(), List.copyOf(excludedByRule));
	}

	/**
	 * @param inputs the inputs of a shortlist
	 * @param caregiverId a caregiver considered for it
	 * @return every hard rule the caregiver breaks, or where it ranks; {@code null} if
	 * the caregiver was not considered
	 */
	public WhyNot whyNot(ShortlistInputs inputs, String caregiverId) {
		CaregiverSnapshot caregiver = inputs.caregivers()
			.stream()
			.filter(c -> c.caregiverId().equals(caregiverId))
			.findFirst()
			.orElse(null);
		if (caregiver == null) {
			return null;
		}
		Context context = new Context(inputs);
		Map<HardRule, String> broken = context.brokenRules(caregiver, true);
		if (!broken.isEmpty()) {
			List<BrokenRule> rules = broken.entrySet()
				.stream()
				.map(entry -> BrokenRule.of(entry.getKey(), entry.getValue()))
				.toList();
			return new WhyNot(caregiverId, false, null, rules,
					"Not listed: breaks " + rules.size() + " hard rule" + ((rules.size() == 1) ? "" : "s") + " ("
							+ String.join(", ", broken.keySet().stream().map(Enum::name).toList()) + ").");
		}
		Scored mine = new Scored(caregiver, context.points(caregiver));
		int rank = 1;
		int passing = 0;
		for (CaregiverSnapshot other : inputs.caregivers()) {
			if (context.brokenRules(other, false).isEmpty()) {
				passing++;
				if (ORDER.compare(new Scored(other, context.points(other)), mine) < 0) {
					rank++;
				}
			}
		}
		int length = inputs.ruleSet().shortlistLength();
		if (rank <= length) {
			return new WhyNot(caregiverId, true, rank, List.of(), "Listed at rank " + rank + ".");
		}
		return new WhyNot(caregiverId, false, rank, List.of(), "Meets every hard rule but ranks " + rank + " of "
				+ passing + ", below the " + length + " the shortlist lists.");
	}

	private record Scored(CaregiverSnapshot caregiver, int points) {
	}

	/** What every caregiver is measured against, worked out once per shortlist. */
	private static final class Context {

		private final ShortlistInputs inputs;

		private final NeedSnapshot need;

		private final Weights weights;

		private final List<ChildSnapshot> placed;

		private final List<ChildSnapshot> wholeGroup;

		private final boolean placedTogether;

		private final Set<String> kinCaseIds = new LinkedHashSet<>();

		private final Map<String, String> relationByCaregiver = new HashMap<>();

		private final Set<String> groupNeeds = new LinkedHashSet<>();

		private final Map<String, Map<HardRule, String>> overrides = new HashMap<>();

		private final String decidedIn;

		private final boolean anyKin;

		private final int maxPoints;

		Context(ShortlistInputs inputs) {
			this.inputs = inputs;
			this.need = inputs.need();
			this.weights = inputs.ruleSet().weights();
			this.wholeGroup = this.need.siblingGroup();
			this.placedTogether = !this.need.siblings().isEmpty() && this.need.keepSiblingsTogether()
					&& inputs.splitSiblingsReason() == null;
			this.placed = this.placedTogether ? this.wholeGroup : List.of(this.need.child());
			this.kinCaseIds.add(this.need.caseId());
			if (this.need.child().caseId() != null) {
				this.kinCaseIds.add(this.need.child().caseId());
			}
			this.need.relatives()
				.stream()
				.filter(relative -> relative.caregiverId() != null)
				.forEach(relative -> this.relationByCaregiver.put(relative.caregiverId(), relative.relation()));
			this.placed.forEach(child -> this.groupNeeds.addAll(child.needs()));
			inputs.overrides()
				.forEach(override -> this.overrides
					.computeIfAbsent(override.caregiverId(), id -> new EnumMap<>(HardRule.class))
					.put(override.rule(), override.reason()));
			this.decidedIn = (this.need.decidedInCommuneCode() != null) ? this.need.decidedInCommuneCode()
					: this.need.communeCode();
			this.anyKin = inputs.caregivers().stream().anyMatch(this::isKin);
			this.maxPoints = (this.anyKin ? this.weights.kin() : 0)
					+ (this.need.siblings().isEmpty() ? 0 : this.weights.siblingsTogether())
					+ ((this.need.child().ethnicity() != null) ? this.weights.ethnicity() : 0)
					+ ((this.need.child().religion() != null) ? this.weights.religion() : 0)
					+ (this.need.child().languages().isEmpty() ? 0 : this.weights.language())
					+ this.weights.sameCommune() + this.weights.continuity()
					+ (this.groupNeeds.isEmpty() ? 0 : this.weights.needs()) + this.weights.preferenceFit();
		}

		boolean isKin(CaregiverSnapshot caregiver) {
			return this.relationByCaregiver.containsKey(caregiver.caregiverId())
					|| (caregiver.kinCaseId() != null && this.kinCaseIds.contains(caregiver.kinCaseId()));
		}

		boolean isCrossProvince(CaregiverSnapshot caregiver) {
			return !this.need.provinceCode().equals(caregiver.provinceCode());
		}

		// ---- hard rules: null when met, the reason (or BROKEN) when not ----

		/**
		 * @param explain whether the words are wanted; without, a broken rule maps to an
		 * empty text
		 * @return the broken rules, overridden preferences left out, in rule order
		 */
		Map<HardRule, String> brokenRules(CaregiverSnapshot caregiver, boolean explain) {
			Map<HardRule, String> broken = new EnumMap<>(HardRule.class);
			boolean kin = isKin(caregiver);
			put(broken, HardRule.ELIGIBLE, eligible(caregiver, explain));
			put(broken, HardRule.SAME_PROVINCE, sameProvince(caregiver, kin, explain));
			put(broken, HardRule.CARE_TYPE,
					(careTypeOf(caregiver, kin) == null) ? careTypeBroken(caregiver, kin, explain) : null);
			put(broken, HardRule.FREE_CAPACITY, freeCapacity(caregiver, explain));
			put(broken, HardRule.KIN_ADULT, kin ? kinAdult(caregiver, explain) : null);
			put(broken, HardRule.AGE_GAP_20, kin ? null : ageGap(caregiver, explain));
			for (HardRule preference : List.of(HardRule.PREFERENCE_AGE_RANGE, HardRule.PREFERENCE_SEX,
					HardRule.PREFERENCE_SIBLING_GROUPS, HardRule.PREFERENCE_NEEDS)) {
				if (!overridden(caregiver, preference)) {
					put(broken, preference, preference(preference, caregiver, explain));
				}
			}
			return broken;
		}

		private static void put(Map<HardRule, String> broken, HardRule rule, String reason) {
			if (reason != null) {
				broken.put(rule, reason);
			}
		}

		private boolean overridden(CaregiverSnapshot caregiver, HardRule rule) {
			Map<HardRule, String> set = this.overrides.get(caregiver.caregiverId());
			return set != null && set.containsKey(rule);
		}

		private static String eligible(CaregiverSnapshot caregiver, boolean explain) {
			if ("ELIGIBLE".equals(caregiver.state())) {
				return null;
			}
			return explain ? "The caregiver is " + caregiver.state() + " on the commune register, not ELIGIBLE."
					: BROKEN;
		}

		private String sameProvince(CaregiverSnapshot caregiver, boolean kin, boolean explain) {
			if (!isCrossProvince(caregiver) || kin) {
				return null;
			}
			return explain ? "Lives in another province than the child's case (" + this.need.provinceCode()
					+ ") and is not a relative of the child." : BROKEN;
		}

		String careTypeOf(CaregiverSnapshot caregiver, boolean kin) {
			if (this.need.careTypesSought().isEmpty()) {
				return kin ? "KINSHIP" : caregiver.careTypes().stream().findFirst().orElse(null);
			}
			for (String sought : this.need.careTypesSought()) {
				boolean kinship = "KINSHIP".equals(sought);
				if (kinship ? kin : caregiver.careTypes().contains(sought)) {
					return sought;
				}
			}
			return null;
		}

		private String careTypeBroken(CaregiverSnapshot caregiver, boolean kin, boolean explain) {
			if (!explain) {
				return BROKEN;
			}
			return "Offers " + String.join(", ", caregiver.careTypes()) + "; the case seeks "
					+ String.join(", ", this.need.careTypesSought())
					+ (kin ? "." : " (only a relative gives KINSHIP care).");
		}

		private String freeCapacity(CaregiverSnapshot caregiver, boolean explain) {
			int required = this.placed.size();
			if (caregiver.freeCapacity() >= required) {
				return null;
			}
			if (!explain) {
				return BROKEN;
			}
			String needed = this.placedTogether ? required + " are needed for the child and " + (required - 1)
					+ " sibling" + ((required == 2) ? "" : "s") + " placed together" : "1 is needed";
			return "Has " + caregiver.freeCapacity() + " free place" + ((caregiver.freeCapacity() == 1) ? "" : "s")
					+ "; " + needed + ".";
		}

		private String kinAdult(CaregiverSnapshot caregiver, boolean explain) {
			LocalDate born = caregiver.dateOfBirth();
			if (born != null && Period.between(born, this.inputs.referenceDate()).getYears() >= ADULT_AGE) {
				return null;
			}
			if (!explain) {
				return BROKEN;
			}
			return (born == null)
					? "A relative who cares for the child must be an adult; the applicant's date of birth is unknown."
					: "A relative who cares for the child must be an adult (18 or older); the applicant is "
							+ Period.between(born, this.inputs.referenceDate()).getYears() + " on "
							+ this.inputs.referenceDate() + ".";
		}

		private String ageGap(CaregiverSnapshot caregiver, boolean explain) {
			LocalDate born = caregiver.dateOfBirth();
			if (born == null) {
				return explain ? "A caregiver who is not a relative must be at least 20 years older than each child "
						+ "(Law on Children Art. 63(2)(d)); the applicant's date of birth is unknown." : BROKEN;
			}
			List<String> tooClose = new ArrayList<>();
			for (ChildSnapshot child : this.placed) {
				LocalDate childBorn = child.earliestPossibleBirth(this.inputs.referenceDate());
				if (childBorn == null) {
					if (!explain) {
						return BROKEN;
					}
					tooClose.add(nameOf(child) + " (age unknown, so the gap cannot be checked)");
				}
				else if (born.plusYears(AGE_GAP_YEARS).isAfter(childBorn)) {
					if (!explain) {
						return BROKEN;
					}
					tooClose.add(nameOf(child) + ((child.dateOfBirth() != null) ? " (born " + childBorn + ")"
							: " (estimated age " + child.estimatedAge() + ", so born as early as " + childBorn + ")"));
				}
			}
			if (tooClose.isEmpty()) {
				return null;
			}
			return "A caregiver who is not a relative must be at least 20 years older than each child "
					+ "(Law on Children Art. 63(2)(d)); the applicant, born " + born + ", is not for "
					+ String.join(", ", tooClose) + ".";
		}

		private String preference(HardRule rule, CaregiverSnapshot caregiver, boolean explain) {
			CaregiverSnapshot.Preferences wanted = caregiver.preferences();
			return switch (rule) {
				case PREFERENCE_AGE_RANGE -> (wanted == null) ? null : ageRange(wanted, explain);
				case PREFERENCE_SEX -> (wanted == null) ? null : sexes(wanted, explain);
				case PREFERENCE_SIBLING_GROUPS -> (wanted == null || wanted.siblingGroups() || this.placed.size() < 2)
						? null : (explain ? "Does not take sibling groups; " + this.placed.size()
								+ " children are to be placed together." : BROKEN);
				case PREFERENCE_NEEDS -> needs(wanted, explain);
				default -> throw new IllegalArgumentException(rule + " is not a preference");
			};
		}

		private String ageRange(CaregiverSnapshot.Preferences wanted, boolean explain) {
			if (wanted.minAge() == null && wanted.maxAge() == null) {
				return null;
			}
			List<String> outside = new ArrayList<>();
			for (ChildSnapshot child : this.placed) {
				Integer age = child.ageOn(this.inputs.referenceDate());
				boolean fits = age != null && (wanted.minAge() == null || age >= wanted.minAge())
						&& (wanted.maxAge() == null || age <= wanted.maxAge());
				if (!fits) {
					if (!explain) {
						return BROKEN;
					}
					outside.add(nameOf(child) + ((age == null) ? " (age unknown)" : " (" + age + ")"));
				}
			}
			if (outside.isEmpty()) {
				return null;
			}
			String range = (wanted.minAge() != null && wanted.maxAge() != null)
					? "aged " + wanted.minAge() + " to " + wanted.maxAge() : (wanted.minAge() != null)
							? "aged " + wanted.minAge() + " or older" : "aged up to " + wanted.maxAge();
			return "Prefers children " + range + "; outside it: " + String.join(", ", outside) + ".";
		}

		private String sexes(CaregiverSnapshot.Preferences wanted, boolean explain) {
			if (wanted.sexes().isEmpty()) {
				return null;
			}
			List<String> other = new ArrayList<>();
			for (ChildSnapshot child : this.placed) {
				if (!wanted.sexes().contains(child.sex())) {
					if (!explain) {
						return BROKEN;
					}
					other.add(nameOf(child) + " (" + child.sex() + ")");
				}
			}
			return other.isEmpty() ? null : "Prefers " + String.join(" or ", wanted.sexes()) + " children; not so: "
					+ String.join(", ", other) + ".";
		}

		/**
		 * A caregiver without stated preferences said nothing about needs either, so the
		 * children's needs are not known to be covered.
		 */
		private String needs(CaregiverSnapshot.Preferences wanted, boolean explain) {
			List<String> canCare = (wanted != null) ? wanted.needs() : List.of();
			List<String> missing = this.groupNeeds.stream().filter(need -> !canCare.contains(need)).toList();
			if (missing.isEmpty()) {
				return null;
			}
			if (!explain) {
				return BROKEN;
			}
			return "Cannot care for " + String.join(", ", missing) + ((canCare.isEmpty())
					? "; states no needs it can care for." : "; can care for " + String.join(", ", canCare) + ".");
		}

		private String nameOf(ChildSnapshot child) {
			return (child == this.need.child()) ? "the child" : "sibling " + child.childId();
		}

		// ---- ranking factors ----

		int points(CaregiverSnapshot caregiver) {
			int points = 0;
			for (Factor factor : Factor.values()) {
				points += points(factor, caregiver);
			}
			return points;
		}

		/**
		 * The points of one factor. A relative in another province earns only what can be
		 * judged without that province's data: kinship and nearness.
		 */
		private int points(Factor factor, CaregiverSnapshot caregiver) {
			boolean hidden = isCrossProvince(caregiver);
			return switch (factor) {
				case KIN -> isKin(caregiver) ? this.weights.kin() : 0;
				case SIBLINGS_TOGETHER -> (!hidden && !this.need.siblings().isEmpty() && canTakeWholeGroup(caregiver))
						? this.weights.siblingsTogether() : 0;
				case ETHNICITY -> (!hidden && same(this.need.child().ethnicity(), caregiver.ethnicity()))
						? this.weights.ethnicity() : 0;
				case RELIGION ->
					(!hidden && same(this.need.child().religion(), caregiver.religion())) ? this.weights.religion() : 0;
				case LANGUAGE -> (!hidden && sharedLanguage(caregiver) != null) ? this.weights.language() : 0;
				case NEARNESS -> this.need.communeCode().equals(caregiver.communeCode()) ? this.weights.sameCommune()
						: hidden ? 0 : this.weights.sameProvince();
				case CONTINUITY -> this.decidedIn.equals(caregiver.communeCode()) ? this.weights.continuity() : 0;
				case NEEDS -> (hidden || this.groupNeeds.isEmpty()) ? 0
						: this.weights.needs() * needsCovered(caregiver) / this.groupNeeds.size();
				case PREFERENCE_FIT -> hidden ? 0 : this.weights.preferenceFit()
						* (PREFERENCE_RULES - overrideCount(caregiver)) / PREFERENCE_RULES;
			};
		}

		private boolean canTakeWholeGroup(CaregiverSnapshot caregiver) {
			CaregiverSnapshot.Preferences wanted = caregiver.preferences();
			return caregiver.freeCapacity() >= this.wholeGroup.size() && (wanted == null || wanted.siblingGroups()
					|| overridden(caregiver, HardRule.PREFERENCE_SIBLING_GROUPS));
		}

		private static boolean same(String ofChild, String ofCaregiver) {
			return ofChild != null && ofChild.equalsIgnoreCase(ofCaregiver);
		}

		private String sharedLanguage(CaregiverSnapshot caregiver) {
			return this.need.child()
				.languages()
				.stream()
				.filter(caregiver.languages()::contains)
				.findFirst()
				.orElse(null);
		}

		private int needsCovered(CaregiverSnapshot caregiver) {
			List<String> canCare = (caregiver.preferences() != null) ? caregiver.preferences().needs() : List.of();
			return (int) this.groupNeeds.stream().filter(canCare::contains).count();
		}

		private int overrideCount(CaregiverSnapshot caregiver) {
			Map<HardRule, String> set = this.overrides.get(caregiver.caregiverId());
			return (set != null) ? set.size() : 0;
		}

		RankedCandidate explain(Scored scored, int rank) {
			CaregiverSnapshot caregiver = scored.caregiver();
			boolean kin = isKin(caregiver);
			boolean hidden = isCrossProvince(caregiver);
			List<Contribution> contributions = new ArrayList<>();
			if (this.anyKin) {
				contributions.add(contribution(Factor.KIN, caregiver, this.weights.kin(), kinText(caregiver, kin)));
			}
			if (!this.need.siblings().isEmpty()) {
				contributions.add(contribution(Factor.SIBLINGS_TOGETHER, caregiver, this.weights.siblingsTogether(),
						hidden ? notAssessed() : siblingsText(caregiver)));
			}
			if (this.need.child().ethnicity() != null) {
				contributions
					.add(contribution(Factor.ETHNICITY, caregiver, this.weights.ethnicity(), hidden ? notAssessed()
							: sameOrNot("ethnicity", this.need.child().ethnicity(), caregiver.ethnicity())));
			}
			if (this.need.child().religion() != null) {
				contributions.add(contribution(Factor.RELIGION, caregiver, this.weights.religion(), hidden
						? notAssessed() : sameOrNot("religion", this.need.child().religion(), caregiver.religion())));
			}
			if (!this.need.child().languages().isEmpty()) {
				String shared = sharedLanguage(caregiver);
				contributions.add(contribution(Factor.LANGUAGE, caregiver, this.weights.language(),
						hidden ? notAssessed()
								: (shared != null) ? "Speaks " + shared + ", a language of the child."
										: "Speaks none of the child's languages ("
												+ String.join(", ", this.need.child().languages()) + ")."));
			}
			contributions
				.add(contribution(Factor.NEARNESS, caregiver, this.weights.sameCommune(), nearnessText(caregiver)));
			contributions.add(contribution(Factor.CONTINUITY, caregiver, this.weights.continuity(),
					this.decidedIn.equals(caregiver.communeCode())
							? "Lives in commune " + this.decidedIn
									+ ", where the need was decided (a proxy for keeping "
									+ "the child's school and contact with the birth family)."
							: "Lives outside commune " + this.decidedIn + ", where the need was decided (a proxy for "
									+ "school and birth-family contact)."));
			if (!this.groupNeeds.isEmpty()) {
				contributions.add(contribution(Factor.NEEDS, caregiver, this.weights.needs(),
						hidden ? notAssessed()
								: "Can care for " + needsCovered(caregiver) + " of " + this.groupNeeds.size()
										+ " needs of the children (" + String.join(", ", this.groupNeeds) + ")."));
			}
			int overridden = overrideCount(caregiver);
			contributions.add(contribution(Factor.PREFERENCE_FIT, caregiver, this.weights.preferenceFit(),
					hidden ? notAssessed() : (overridden == 0)
							? "The children fit every preference the caregiver stated."
							: overridden + " of " + PREFERENCE_RULES + " preference rules set aside by an override."));
			List<RankedCandidate.OverrideApplied> overrides = new ArrayList<>();
			Map<HardRule, String> set = this.overrides.getOrDefault(caregiver.caregiverId(),
					new EnumMap<>(HardRule.class));
			for (Map.Entry<HardRule, String> override : set.entrySet()) {
				String wouldRefuse = preference(override.getKey(), caregiver, true);
				overrides.add(new RankedCandidate.OverrideApplied(override.getKey(), override.getValue(),
						hidden ? "Set aside."
								: (wouldRefuse != null) ? wouldRefuse : "Set aside; the children fit it anyway."));
			}
			List<String> explanation = new ArrayList<>();
			contributions.forEach(contribution -> explanation.add(contribution.line()));
			overrides.forEach(override -> explanation
				.add("OVERRIDE " + override.rule() + " (" + override.rule().labelVi() + "): " + override.reason()));
			if (hidden) {
				explanation.add("CROSS_PROVINCE_REFERRAL: a relative living in commune " + caregiver.communeCode()
						+ " of another province; refer the child to that province's office.");
			}
			int score = (this.maxPoints == 0) ? 0 : scored.points() * 100 / this.maxPoints;
			return new RankedCandidate(rank, caregiver.caregiverId(), caregiver.communeCode(), kin, hidden,
					careTypeOf(caregiver, kin), scored.points(), this.maxPoints, score, List.copyOf(contributions),
					List.copyOf(overrides), List.copyOf(explanation));
		}

		private Contribution contribution(Factor factor, CaregiverSnapshot caregiver, int weight, String text) {
			return Contribution.of(factor, points(factor, caregiver), weight, text);
		}

		private static String notAssessed() {
			return "Not assessed: the caregiver's profile stays with its own province.";
		}

		private String kinText(CaregiverSnapshot caregiver, boolean kin) {
			if (!kin) {
				return "Not a relative of the child.";
			}
			String relation = this.relationByCaregiver.get(caregiver.caregiverId());
			return (relation != null) ? "Relative of the child: named in the case as " + relation + "."
					: "Relative of the child: registered for the child's case (kinship notification).";
		}

		private String siblingsText(CaregiverSnapshot caregiver) {
			int group = this.wholeGroup.size();
			if (canTakeWholeGroup(caregiver)) {
				return "Can take all " + group + " children together (" + caregiver.freeCapacity() + " free places).";
			}
			return "Cannot take all " + group + " children together (" + ((caregiver.freeCapacity() < group)
					? caregiver.freeCapacity() + " free places" : "does not take sibling groups") + ").";
		}

		private static String sameOrNot(String what, String ofChild, String ofCaregiver) {
			return same(ofChild, ofCaregiver) ? "Same " + what + " as the child (" + ofChild + ")."
					: "Not the child's " + what + " (" + ofChild + ").";
		}

		private String nearnessText(CaregiverSnapshot caregiver) {
			if (this.need.communeCode().equals(caregiver.communeCode())) {
				return "Lives in commune " + caregiver.communeCode() + ", which handles the case.";
			}
			if (isCrossProvince(caregiver)) {
				return "Lives in another province (commune " + caregiver.communeCode() + ").";
			}
			return "Lives elsewhere in province " + this.need.provinceCode() + " (commune " + caregiver.communeCode()
					+ ").";
		}

	}

}
