package org.kinbridge.matching.shortlist.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinbridge.matching.shortlist.ranking.Fixtures.caregiver;
import static org.kinbridge.matching.shortlist.ranking.Fixtures.child;
import static org.kinbridge.matching.shortlist.ranking.Fixtures.need;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Each ranking factor and its line of explanation, the order, the score, and that the
 * same inputs always give the same shortlist.
 */
class RankingTest {

	private final Shortlister shortlister = new Shortlister();

	@Test
	void aRelativeRanksAboveTheBestFittingNonRelative() {
		Fixtures.NeedBuilder need = need().relative("cg-gran", "GRANDPARENT")
			.sibling(child("child-2").born("2019-01-01").needs("HEARING"))
			.considering(caregiver("cg-perfect").prefers(null, null, List.of(), true, List.of("HEARING")),
					caregiver("cg-gran").livingIn("91", "30410")
						.offering("KINSHIP")
						.ethnicity("KHMER")
						.religion("BUDDHISM")
						.speaking("km")
						.prefers(null, null, List.of(), true, List.of("HEARING")));

		Ranking ranking = this.shortlister.rank(need.inputs());
		assertThat(ranking.candidates()).extracting(RankedCandidate::caregiverId)
			.containsExactly("cg-gran", "cg-perfect");
		RankedCandidate gran = ranking.candidates().get(0);
		assertThat(gran.kin()).isTrue();
		assertThat(contribution(gran, Factor.KIN).points()).isEqualTo(1000);
		assertThat(contribution(gran, Factor.KIN).line()).isEqualTo(
				"+1000/1000 KIN (Người thân thích của trẻ): Relative of the child: named in the case as GRANDPARENT.");
		assertThat(contribution(ranking.candidates().get(1), Factor.KIN).text())
			.isEqualTo("Not a relative of the child.");
	}

	@Test
	void aRelativeRegisteredForTheChildsCaseIsKin() {
		Fixtures.NeedBuilder need = need().considering(caregiver("cg-aunt").kinOf("case-1"));

		RankedCandidate aunt = this.shortlister.rank(need.inputs()).candidates().get(0);
		assertThat(aunt.kin()).isTrue();
		assertThat(contribution(aunt, Factor.KIN).text())
			.isEqualTo("Relative of the child: registered for the child's case (kinship notification).");
	}

	@Test
	void withoutAnyRelativeKinshipIsNotCountedAndAPerfectFitScoresOneHundred() {
		RankedCandidate perfect = this.shortlister.rank(need().considering(caregiver("cg-a")).inputs())
			.candidates()
			.get(0);

		assertThat(perfect.contributions()).extracting(Contribution::factor).doesNotContain(Factor.KIN);
		// ethnicity 40 + religion 30 + language 40 + same commune 50 + continuity 20 +
		// fit 30
		assertThat(perfect.maxPoints()).isEqualTo(210);
		assertThat(perfect.points()).isEqualTo(210);
		assertThat(perfect.score()).isEqualTo(100);
	}

	@Test
	void theScoreIsThePointsOutOfTheMostAnyCaregiverCouldEarnRoundedDown() {
		RankedCandidate other = this.shortlister.rank(need().considering(caregiver("cg-a").ethnicity("KHMER")).inputs())
			.candidates()
			.get(0);

		assertThat(other.points()).isEqualTo(170);
		assertThat(other.score()).isEqualTo(170 * 100 / 210);
	}

	@Test
	void keepingTheSiblingsTogetherEarnsPoints() {
		Fixtures.NeedBuilder need = need().sibling(child("child-2").born("2019-01-01"))
			.splitSiblings("Placed apart for now.")
			.considering(caregiver("cg-both").free(2), caregiver("cg-one").free(1));

		Ranking ranking = this.shortlister.rank(need.inputs());
		assertThat(ranking.candidates()).extracting(RankedCandidate::caregiverId).containsExactly("cg-both", "cg-one");
		assertThat(contribution(ranking.candidates().get(0), Factor.SIBLINGS_TOGETHER).points()).isEqualTo(60);
		assertThat(contribution(ranking.candidates().get(0), Factor.SIBLINGS_TOGETHER).text())
			.isEqualTo("Can take all 2 children together (2 free places).");
		assertThat(contribution(ranking.candidates().get(1), Factor.SIBLINGS_TOGETHER).points()).isZero();
		assertThat(contribution(ranking.candidates().get(1), Factor.SIBLINGS_TOGETHER).text())
			.isEqualTo("Cannot take all 2 children together (1 free places).");
	}

	@Test
	void sameEthnicityReligionAndLanguageEachEarnTheirWeight() {
		Fixtures.NeedBuilder need = need().considering(caregiver("cg-same"),
				caregiver("cg-other").ethnicity("KHMER").religion("BUDDHISM").speaking("km"));

		Ranking ranking = this.shortlister.rank(need.inputs());
		RankedCandidate same = ranking.candidates().get(0);
		RankedCandidate other = ranking.candidates().get(1);
		assertThat(same.caregiverId()).isEqualTo("cg-same");
		assertThat(contribution(same, Factor.ETHNICITY).line())
			.isEqualTo("+40/40 ETHNICITY (Cùng dân tộc): Same ethnicity as the child (KINH).");
		assertThat(contribution(same, Factor.RELIGION).points()).isEqualTo(30);
		assertThat(contribution(same, Factor.LANGUAGE).text()).isEqualTo("Speaks vi, a language of the child.");
		assertThat(contribution(other, Factor.ETHNICITY).text()).isEqualTo("Not the child's ethnicity (KINH).");
		assertThat(contribution(other, Factor.RELIGION).points()).isZero();
		assertThat(contribution(other, Factor.LANGUAGE).text()).isEqualTo("Speaks none of the child's languages (vi).");
		assertThat(same.points() - other.points()).isEqualTo(40 + 30 + 40);
	}

	@Test
	void factorsTheChildGivesNoDataForAreLeftOut() {
		RankedCandidate only = this.shortlister
			.rank(need().child(child("child-1").ethnicity(null).religion(null).languages())
				.considering(caregiver("cg-a"))
				.inputs())
			.candidates()
			.get(0);

		assertThat(only.contributions()).extracting(Contribution::factor)
			.containsExactly(Factor.NEARNESS, Factor.CONTINUITY, Factor.PREFERENCE_FIT);
		assertThat(only.score()).isEqualTo(100);
	}

	@Test
	void theSameCommuneCountsMoreThanTheSameProvince() {
		Fixtures.NeedBuilder need = need().considering(caregiver("cg-far").livingIn("91", "30410"),
				caregiver("cg-near"));

		Ranking ranking = this.shortlister.rank(need.inputs());
		assertThat(ranking.candidates()).extracting(RankedCandidate::caregiverId).containsExactly("cg-near", "cg-far");
		assertThat(contribution(ranking.candidates().get(0), Factor.NEARNESS).line()).isEqualTo(
				"+50/50 NEARNESS (Gần nơi trẻ đang được quản lý): Lives in commune 30406, which handles the case.");
		assertThat(contribution(ranking.candidates().get(1), Factor.NEARNESS).line()).isEqualTo(
				"+20/50 NEARNESS (Gần nơi trẻ đang được quản lý): Lives elsewhere in province 91 (commune 30410).");
	}

	@Test
	void continuityRewardsTheCommuneWhereTheNeedWasDecidedAsAProxyForSchoolAndFamily() {
		Fixtures.NeedBuilder need = need().handledIn("30410")
			.decidedIn("30406")
			.considering(caregiver("cg-old-home"), caregiver("cg-new-home").livingIn("91", "30410"));

		Ranking ranking = this.shortlister.rank(need.inputs());
		RankedCandidate oldHome = ranking.candidates()
			.stream()
			.filter(c -> c.caregiverId().equals("cg-old-home"))
			.findFirst()
			.orElseThrow();
		assertThat(contribution(oldHome, Factor.CONTINUITY).points()).isEqualTo(20);
		assertThat(contribution(oldHome, Factor.CONTINUITY).text()).contains("where the need was decided")
			.contains("proxy for keeping the child's school and contact with the birth family");
		assertThat(contribution(oldHome, Factor.NEARNESS).points()).isEqualTo(20);
	}

	@Test
	void caringForPartOfTheChildrensNeedsEarnsPartOfTheWeight() {
		Fixtures.NeedBuilder need = need().child(child("child-1").needs("HEARING", "MEDICAL_CARE"))
			.override("cg-half", HardRule.PREFERENCE_NEEDS, "A nurse lives next door.")
			.considering(caregiver("cg-half").prefers(null, null, List.of(), true, List.of("HEARING")),
					caregiver("cg-all").prefers(null, null, List.of(), true, List.of("HEARING", "MEDICAL_CARE")));

		Ranking ranking = this.shortlister.rank(need.inputs());
		RankedCandidate all = ranking.candidates().get(0);
		RankedCandidate half = ranking.candidates().get(1);
		assertThat(all.caregiverId()).isEqualTo("cg-all");
		assertThat(contribution(all, Factor.NEEDS).points()).isEqualTo(50);
		assertThat(contribution(half, Factor.NEEDS).points()).isEqualTo(25);
		assertThat(contribution(half, Factor.NEEDS).text())
			.isEqualTo("Can care for 1 of 2 needs of the children (HEARING, MEDICAL_CARE).");
	}

	@Test
	void everyPreferenceSetAsideCostsAQuarterOfThePreferenceFit() {
		Fixtures.NeedBuilder need = need().override("cg-young", HardRule.PREFERENCE_AGE_RANGE, "Agreed by phone.")
			.considering(caregiver("cg-young").prefers(3, 8, List.of(), true, List.of()), caregiver("cg-fits"));

		Ranking ranking = this.shortlister.rank(need.inputs());
		assertThat(contribution(ranking.candidates().get(0), Factor.PREFERENCE_FIT).text())
			.isEqualTo("The children fit every preference the caregiver stated.");
		RankedCandidate young = ranking.candidates().get(1);
		assertThat(contribution(young, Factor.PREFERENCE_FIT).points()).isEqualTo(30 * 3 / 4);
		assertThat(contribution(young, Factor.PREFERENCE_FIT).text())
			.isEqualTo("1 of 4 preference rules set aside by an override.");
	}

	@Test
	void everyPointIsExplainedAndThePointsAddUp() {
		Fixtures.NeedBuilder need = need().relative("cg-gran", "GRANDPARENT")
			.sibling(child("child-2").estimatedAge(6).needs("HEARING"))
			.considering(
					caregiver("cg-gran").offering("KINSHIP").prefers(null, null, List.of(), true, List.of("HEARING")),
					caregiver("cg-b").livingIn("91", "30410").prefers(null, null, List.of(), true, List.of("HEARING")));

		for (RankedCandidate candidate : this.shortlister.rank(need.inputs()).candidates()) {
			assertThat(candidate.contributions().stream().mapToInt(Contribution::points).sum())
				.isEqualTo(candidate.points());
			assertThat(candidate.contributions().stream().mapToInt(Contribution::weight).sum())
				.isEqualTo(candidate.maxPoints());
			assertThat(candidate.explanation()).hasSize(candidate.contributions().size());
			assertThat(candidate.explanation())
				.allSatisfy(line -> assertThat(line).matches("\\+\\d+/\\d+ [A-Z_]+ \\(.+\\): .+"));
		}
	}

	@Test
	void tiesAreBrokenByCaregiverIdAndTheSameInputsGiveTheSameShortlistInAnyOrder() {
		List<Fixtures.CaregiverBuilder> caregivers = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			caregivers.add(caregiver("cg-" + (char) ('a' + (i % 26)) + i).free(1 + i % 3)
				.livingIn("91", (i % 2 == 0) ? "30406" : "30410")
				.speaking((i % 3 == 0) ? "km" : "vi"));
		}
		List<Fixtures.CaregiverBuilder> shuffled = new ArrayList<>(caregivers);
		Collections.shuffle(shuffled, new Random(7));

		Ranking first = this.shortlister
			.rank(need().considering(caregivers.toArray(Fixtures.CaregiverBuilder[]::new)).inputs());
		Ranking again = this.shortlister
			.rank(need().considering(caregivers.toArray(Fixtures.CaregiverBuilder[]::new)).inputs());
		Ranking reordered = this.shortlister
			.rank(need().considering(shuffled.toArray(Fixtures.CaregiverBuilder[]::new)).inputs());
		assertThat(again).isEqualTo(first);
		assertThat(reordered).isEqualTo(first);
		List<RankedCandidate> listed = first.candidates();
		for (int i = 1; i < listed.size(); i++) {
			RankedCandidate before = listed.get(i - 1);
			RankedCandidate after = listed.get(i);
			assertThat(before.points() > after.points()
					|| (before.points() == after.points() && before.caregiverId().compareTo(after.caregiverId()) < 0))
				.as("%s before %s", before.caregiverId(), after.caregiverId())
				.isTrue();
		}
	}

	@Test
	void listsOnlyAsManyAsTheRuleSetSaysAndWhyNotGivesTheRankOfTheOthers() {
		RuleSet three = new RuleSet("kinbridge.matching.rules.91", "2026-t", Weights.defaults(), 3);
		Fixtures.NeedBuilder need = need().rules(three)
			.considering(caregiver("cg-1"), caregiver("cg-2"), caregiver("cg-3"), caregiver("cg-4"),
					caregiver("cg-5").state("SUSPENDED"));

		Ranking ranking = this.shortlister.rank(need.inputs());
		assertThat(ranking.candidates()).extracting(RankedCandidate::rank).containsExactly(1, 2, 3);
		assertThat(ranking.considered()).isEqualTo(5);
		assertThat(ranking.passing()).isEqualTo(4);
		assertThat(ranking.excluded()).isEqualTo(1);
		WhyNot fourth = this.shortlister.whyNot(need.inputs(), "cg-4");
		assertThat(fourth.listed()).isFalse();
		assertThat(fourth.rank()).isEqualTo(4);
		assertThat(fourth.summary())
			.isEqualTo("Meets every hard rule but ranks 4 of 4, below the 3 the shortlist lists.");
	}

	@Test
	void theDigestOfTheInputsChangesWithAnyInputAndOnlyThen() {
		ShortlistInputs inputs = need().considering(caregiver("cg-1")).inputs();
		ShortlistInputs same = need().considering(caregiver("cg-1")).inputs();
		Weights heavier = new Weights(1000, 60, 41, 30, 40, 50, 20, 20, 50, 30);
		ShortlistInputs otherWeights = need()
			.rules(new RuleSet("kinbridge.matching.rules.default", "2026-1", heavier, 20))
			.considering(caregiver("cg-1"))
			.inputs();
		ShortlistInputs otherCaregiver = need().considering(caregiver("cg-1").free(3)).inputs();

		assertThat(InputsDigest.of(inputs)).startsWith("sha256:").hasSize(7 + 64).isEqualTo(InputsDigest.of(same));
		assertThat(InputsDigest.of(otherWeights)).isNotEqualTo(InputsDigest.of(inputs));
		assertThat(InputsDigest.of(otherCaregiver)).isNotEqualTo(InputsDigest.of(inputs));
	}

	private static Contribution contribution(RankedCandidate candidate, Factor factor) {
		return candidate.contributions()
			.stream()
			.filter(c -> c.factor() == factor)
			.findFirst()
			.orElseThrow(() -> new AssertionError(candidate.caregiverId() + " has no " + factor));
	}

}
