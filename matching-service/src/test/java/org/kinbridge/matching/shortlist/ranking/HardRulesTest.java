package org.kinbridge.matching.shortlist.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinbridge.matching.shortlist.ranking.Fixtures.caregiver;
import static org.kinbridge.matching.shortlist.ranking.Fixtures.child;
import static org.kinbridge.matching.shortlist.ranking.Fixtures.need;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each hard rule, met and broken: a caregiver who breaks one is not listed, and the
 * answer to "why not?" names the rule in words an officer can check.
 */
class HardRulesTest {

	private final Shortlister shortlister = new Shortlister();

	@Test
	void listsAnEligibleCaregiverWhoMeetsEveryRule() {
		Fixtures.NeedBuilder need = need().considering(caregiver("cg-a"));

		assertThat(listed(need)).containsExactly("cg-a");
		WhyNot why = this.shortlister.whyNot(need.inputs(), "cg-a");
		assertThat(why.listed()).isTrue();
		assertThat(why.rank()).isEqualTo(1);
		assertThat(why.summary()).isEqualTo("Listed at rank 1.");
	}

	@Test
	void refusesASuspendedOrRemovedCaregiver() {
		Fixtures.NeedBuilder need = need().considering(caregiver("cg-s").state("SUSPENDED"),
				caregiver("cg-r").state("REMOVED"));

		assertThat(listed(need)).isEmpty();
		assertThat(broken(need, "cg-s")).singleElement()
			.satisfies(rule -> assertThat(rule.rule()).isEqualTo(HardRule.ELIGIBLE))
			.satisfies(rule -> assertThat(rule.text()).contains("SUSPENDED"));
	}

	@Test
	void refusesANonRelativeOfAnotherProvince() {
		Fixtures.NeedBuilder need = need().considering(caregiver("cg-79").livingIn("79", "26740"));

		assertThat(listed(need)).isEmpty();
		assertThat(rulesBroken(need, "cg-79")).containsExactly(HardRule.SAME_PROVINCE);
		assertThat(broken(need, "cg-79").get(0).text()).contains("not a relative");
	}

	@Test
	void listsARelativeOfAnotherProvinceAsAReferralShowingOnlyIdAndCommune() {
		Fixtures.NeedBuilder need = need().relative("cg-aunt", "AUNT_OR_UNCLE")
			.considering(caregiver("cg-aunt").livingIn("79", "26740").offering("KINSHIP").ethnicity("KHMER"));

		RankedCandidate aunt = this.shortlister.rank(need.inputs()).candidates().get(0);
		assertThat(aunt.caregiverId()).isEqualTo("cg-aunt");
		assertThat(aunt.crossProvinceReferral()).isTrue();
		assertThat(aunt.kin()).isTrue();
		assertThat(aunt.communeCode()).isEqualTo("26740");
		assertThat(aunt.explanation()).anyMatch(line -> line.startsWith("CROSS_PROVINCE_REFERRAL"));
		assertThat(aunt.contributions()).filteredOn(c -> c.factor() == Factor.ETHNICITY)
			.singleElement()
			.satisfies(c -> assertThat(c.points()).isZero())
			.satisfies(c -> assertThat(c.text()).startsWith("Not assessed").doesNotContain("KHMER"));
		assertThat(String.join("\n", aunt.explanation())).doesNotContain("KHMER");
	}

	@Test
	void refusesACaregiverWhoOffersNoCareTheCaseSeeks() {
		Fixtures.NeedBuilder need = need().seeking("NON_RELATIVE")
			.considering(caregiver("cg-respite").offering("RESPITE"), caregiver("cg-ok").offering("NON_RELATIVE"));

		assertThat(listed(need)).containsExactly("cg-ok");
		assertThat(broken(need, "cg-respite").get(0).text())
			.isEqualTo("Offers RESPITE; the case seeks NON_RELATIVE " + "(only a relative gives KINSHIP care).");
	}

	@Test
	void onlyARelativeGivesKinshipCare() {
		Fixtures.NeedBuilder need = need().seeking("KINSHIP")
			.considering(caregiver("cg-stranger").offering("KINSHIP"), caregiver("cg-gran").kinOf("case-1"));

		assertThat(listed(need)).containsExactly("cg-gran");
		assertThat(rulesBroken(need, "cg-stranger")).containsExactly(HardRule.CARE_TYPE);
		assertThat(this.shortlister.rank(need.inputs()).candidates().get(0).careType()).isEqualTo("KINSHIP");
	}

	@Test
	void needsAFreePlaceForEveryChildPlacedTogether() {
		Fixtures.NeedBuilder need = need().sibling(child("child-2").born("2019-01-01"))
			.considering(caregiver("cg-one").free(1), caregiver("cg-two").free(2));

		assertThat(listed(need)).containsExactly("cg-two");
		assertThat(broken(need, "cg-one").get(0).text())
			.isEqualTo("Has 1 free place; 2 are needed for the child and 1 sibling placed together.");
	}

	@Test
	void needsOnlyOnePlaceWhenTheSiblingsMayBePlacedApart() {
		Fixtures.NeedBuilder split = need().sibling(child("child-2").born("2019-01-01"))
			.splitSiblings("The sister needs a family able to care for her hearing.")
			.considering(caregiver("cg-one").free(1));
		Fixtures.NeedBuilder caseAllowsApart = need().sibling(child("child-2").born("2019-01-01"))
			.keepTogether(false)
			.considering(caregiver("cg-one").free(1));
		Fixtures.NeedBuilder full = need().considering(caregiver("cg-none").free(0));

		assertThat(listed(split)).containsExactly("cg-one");
		assertThat(listed(caseAllowsApart)).containsExactly("cg-one");
		assertThat(broken(full, "cg-none").get(0).text()).isEqualTo("Has 0 free places; 1 is needed.");
	}

	@Test
	void aRelativeMustBeAnAdult() {
		Fixtures.NeedBuilder need = need().relative("cg-brother17", "ADULT_SIBLING")
			.relative("cg-brother18", "ADULT_SIBLING")
			.relative("cg-unknown", "ADULT_SIBLING")
			.considering(caregiver("cg-brother17").born("2009-12-11").offering("KINSHIP"),
					caregiver("cg-brother18").born("2008-12-10").offering("KINSHIP"),
					caregiver("cg-unknown").born(null).offering("KINSHIP"));

		assertThat(listed(need)).containsExactly("cg-brother18");
		assertThat(broken(need, "cg-brother17").get(0).text()).contains("18 or older").contains("is 16");
		assertThat(rulesBroken(need, "cg-brother17")).containsExactly(HardRule.KIN_ADULT);
		assertThat(broken(need, "cg-unknown").get(0).text()).contains("date of birth is unknown");
	}

	@Test
	void aNonRelativeMustBeTwentyYearsOlderThanTheChildButARelativeNeedNotBe() {
		Fixtures.NeedBuilder need = need().child(child("child-1").born("2016-03-02"))
			.considering(caregiver("cg-20").born("1996-03-02"), caregiver("cg-19").born("1996-03-03"),
					caregiver("cg-kin19").born("1996-03-03").kinOf("case-1"));

		assertThat(listed(need)).containsExactlyInAnyOrder("cg-20", "cg-kin19");
		assertThat(rulesBroken(need, "cg-19")).containsExactly(HardRule.AGE_GAP_20);
		assertThat(broken(need, "cg-19").get(0).text()).contains("Art. 63(2)(d)")
			.contains("born 1996-03-03")
			.contains("the child (born 2016-03-02)");
	}

	@Test
	void anEstimatedAgeCountsFromTheEarliestBirthDateItAllows() {
		// Estimated 6 on 2026-12-10: born between 2019-12-11 and 2020-12-10; the earliest
		// decides.
		Fixtures.NeedBuilder need = need().child(child("child-1").estimatedAge(6))
			.considering(caregiver("cg-enough").born("1999-12-11"), caregiver("cg-short").born("1999-12-12"));

		assertThat(listed(need)).containsExactly("cg-enough");
		assertThat(broken(need, "cg-short").get(0).text()).contains("estimated age 6, so born as early as 2019-12-11");
	}

	@Test
	void theAgeGapIsCheckedForEverySiblingPlacedTogetherAndCannotBeCheckedWithoutAnAge() {
		Fixtures.NeedBuilder need = need().sibling(child("child-old").born("2008-01-01"))
			.considering(caregiver("cg-1990").born("1990-01-01"));
		Fixtures.NeedBuilder unknown = need().child(child("child-1").born(null))
			.considering(caregiver("cg-1960").born("1960-01-01"));

		assertThat(broken(need, "cg-1990").get(0).text()).contains("sibling child-old (born 2008-01-01)")
			.doesNotContain("the child (");
		assertThat(broken(unknown, "cg-1960").get(0).text()).contains("age unknown");
	}

	@Test
	void theChildMustBeWithinThePreferredAgesUnlessOverriddenWithAReason() {
		Fixtures.CaregiverBuilder young = caregiver("cg-young").prefers(3, 8, List.of(), true, List.of());
		Fixtures.NeedBuilder need = need().considering(young);

		assertThat(listed(need)).isEmpty();
		assertThat(broken(need, "cg-young").get(0).text())
			.isEqualTo("Prefers children aged 3 to 8; outside it: the child (10).");

		Fixtures.NeedBuilder overridden = need()
			.override("cg-young", HardRule.PREFERENCE_AGE_RANGE, "Agreed on the phone to take a boy of ten.")
			.considering(young);
		RankedCandidate listed = this.shortlister.rank(overridden.inputs()).candidates().get(0);
		assertThat(listed.overrides()).singleElement().satisfies(override -> {
			assertThat(override.rule()).isEqualTo(HardRule.PREFERENCE_AGE_RANGE);
			assertThat(override.reason()).isEqualTo("Agreed on the phone to take a boy of ten.");
			assertThat(override.text()).contains("aged 3 to 8");
		});
		assertThat(listed.explanation()).contains(
				"OVERRIDE PREFERENCE_AGE_RANGE (Độ tuổi trẻ mong muốn): Agreed on the phone to take a boy of ten.");
	}

	@Test
	void theChildMustBeOfAPreferredSex() {
		Fixtures.NeedBuilder boy = need()
			.considering(caregiver("cg-girls").prefers(null, null, List.of("FEMALE"), true, List.of()));
		Fixtures.NeedBuilder unknown = need().child(child("child-1").sex("UNKNOWN"))
			.considering(caregiver("cg-girls").prefers(null, null, List.of("FEMALE"), true, List.of()),
					caregiver("cg-any"));

		assertThat(rulesBroken(boy, "cg-girls")).containsExactly(HardRule.PREFERENCE_SEX);
		assertThat(broken(boy, "cg-girls").get(0).text())
			.isEqualTo("Prefers FEMALE children; not so: the child (MALE).");
		assertThat(listed(unknown)).containsExactly("cg-any");
	}

	@Test
	void aSiblingGroupNeedsACaregiverWhoTakesOneUnlessTheSiblingsAreSplit() {
		Fixtures.CaregiverBuilder single = caregiver("cg-single").prefers(null, null, List.of(), false, List.of());
		Fixtures.NeedBuilder together = need().sibling(child("child-2").born("2019-01-01")).considering(single);
		Fixtures.NeedBuilder split = need().sibling(child("child-2").born("2019-01-01"))
			.splitSiblings("The brother is in hospital for months.")
			.considering(single);

		assertThat(rulesBroken(together, "cg-single")).containsExactly(HardRule.PREFERENCE_SIBLING_GROUPS);
		assertThat(listed(split)).containsExactly("cg-single");
	}

	@Test
	void theCaregiverMustBeAbleToCareForEveryNeedOfTheChildren() {
		Fixtures.NeedBuilder need = need().sibling(child("child-2").born("2019-01-01").needs("HEARING"))
			.considering(caregiver("cg-none"),
					caregiver("cg-hearing").prefers(null, null, List.of(), true, List.of("HEARING", "DISABILITY")),
					caregiver("cg-silent").noPreferences());

		assertThat(listed(need)).containsExactly("cg-hearing");
		assertThat(broken(need, "cg-none").get(0).text())
			.isEqualTo("Cannot care for HEARING; states no needs it can care for.");
		assertThat(rulesBroken(need, "cg-silent")).containsExactly(HardRule.PREFERENCE_NEEDS);
	}

	@Test
	void whyNotNamesEveryRuleACaregiverBreaks() {
		Fixtures.NeedBuilder need = need().sibling(child("child-2").born("2019-01-01"))
			.considering(caregiver("cg-bad").state("SUSPENDED")
				.livingIn("79", "26740")
				.free(0)
				.born("2000-01-01")
				.prefers(12, 16, List.of("FEMALE"), false, List.of()));

		WhyNot why = this.shortlister.whyNot(need.inputs(), "cg-bad");
		assertThat(why.listed()).isFalse();
		assertThat(why.rank()).isNull();
		assertThat(why.brokenRules()).extracting(BrokenRule::rule)
			.containsExactly(HardRule.ELIGIBLE, HardRule.SAME_PROVINCE, HardRule.FREE_CAPACITY, HardRule.AGE_GAP_20,
					HardRule.PREFERENCE_AGE_RANGE, HardRule.PREFERENCE_SEX, HardRule.PREFERENCE_SIBLING_GROUPS);
		assertThat(why.brokenRules()).allSatisfy(rule -> assertThat(rule.labelVi()).isNotBlank());
		assertThat(why.summary()).startsWith("Not listed: breaks 7 hard rules (ELIGIBLE, SAME_PROVINCE");
		assertThat(this.shortlister.whyNot(need.inputs(), "cg-unknown")).isNull();
		assertThat(this.shortlister.rank(need.inputs()).excludedByRule())
			.contains(new Ranking.RuleCount(HardRule.ELIGIBLE, 1), new Ranking.RuleCount(HardRule.PREFERENCE_SEX, 1));
	}

	@Test
	void onlyPreferencesCanBeOverridden() {
		assertThat(List.of(HardRule.values())).filteredOn(HardRule::isOverridable)
			.containsExactly(HardRule.PREFERENCE_AGE_RANGE, HardRule.PREFERENCE_SEX, HardRule.PREFERENCE_SIBLING_GROUPS,
					HardRule.PREFERENCE_NEEDS);
	}

	private List<String> listed(Fixtures.NeedBuilder need) {
		return this.shortlister.rank(need.inputs()).candidates().stream().map(RankedCandidate::caregiverId).toList();
	}

	private List<BrokenRule> broken(Fixtures.NeedBuilder need, String caregiverId) {
		return this.shortlister.whyNot(need.inputs(), caregiverId).brokenRules();
	}

	private List<HardRule> rulesBroken(Fixtures.NeedBuilder need, String caregiverId) {
		return broken(need, caregiverId).stream().map(BrokenRule::rule).toList();
	}

}
