package org.kinbridge.matching.shortlist.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builders of shortlist inputs: a ten-year-old Kinh boy of case-1 in commune 30406 of
 * province 91, and caregivers who fit him unless a test says otherwise.
 */
final class Fixtures {

	static final LocalDate TODAY = LocalDate.parse("2026-12-10");

	static final RuleSet RULES = new RuleSet("kinbridge.matching.rules.default", "2026-1", Weights.defaults(), 20);

	private Fixtures() {
	}

	static ChildBuilder child(String childId) {
		return new ChildBuilder(childId);
	}

	static NeedBuilder need() {
		return new NeedBuilder();
	}

	static CaregiverBuilder caregiver(String caregiverId) {
		return new CaregiverBuilder(caregiverId);
	}

	static final class ChildBuilder {

		private final String childId;

		private String sex = "MALE";

		private LocalDate dateOfBirth = LocalDate.parse("2016-03-02");

		private Integer estimatedAge;

		private String ethnicity = "KINH";

		private String religion = "HOA_HAO";

		private List<String> languages = List.of("vi");

		private List<String> needs = List.of();

		ChildBuilder(String childId) {
			this.childId = childId;
		}

		ChildBuilder sex(String sex) {
			this.sex = sex;
			return this;
		}

		ChildBuilder born(String date) {
			this.dateOfBirth = (date != null) ? LocalDate.parse(date) : null;
			return this;
		}

		ChildBuilder estimatedAge(Integer years) {
			this.dateOfBirth = null;
			this.estimatedAge = years;
			return this;
		}

		ChildBuilder ethnicity(String ethnicity) {
			this.ethnicity = ethnicity;
			return this;
		}

		ChildBuilder religion(String religion) {
			this.religion = religion;
			return this;
		}

		ChildBuilder languages(String... languages) {
			this.languages = List.of(languages);
			return this;
		}

		ChildBuilder needs(String... needs) {
			this.needs = List.of(needs);
			return this;
		}

		ChildSnapshot build() {
			return new ChildSnapshot(this.childId, "case-1", this.sex, this.dateOfBirth, this.estimatedAge,
					this.ethnicity, this.religion, this.languages, this.needs);
		}

	}

	static final class NeedBuilder {

		private ChildSnapshot child = Fixtures.child("child-1").build();

		private final List<ChildSnapshot> siblings = new ArrayList<>();

		private boolean keepTogether = true;

		private String communeCode = "30406";

		private String decidedIn = "30406";

		private List<String> sought = List.of("KINSHIP", "NON_RELATIVE", "EMERGENCY");

		private final List<NeedSnapshot.RelativeSnapshot> relatives = new ArrayList<>();

		private final List<CaregiverSnapshot> caregivers = new ArrayList<>();

		private final List<PreferenceOverride> overrides = new ArrayList<>();

		private String splitReason;

		private RuleSet rules = RULES;

		NeedBuilder child(ChildBuilder child) {
			this.child = child.build();
			return this;
		}

		NeedBuilder sibling(ChildBuilder sibling) {
			this.siblings.add(sibling.build());
			return this;
		}

		NeedBuilder keepTogether(boolean keep) {
			this.keepTogether = keep;
			return this;
		}

		NeedBuilder handledIn(String commune) {
			this.communeCode = commune;
			return this;
		}

		NeedBuilder decidedIn(String commune) {
			this.decidedIn = commune;
			return this;
		}

		NeedBuilder seeking(String... careTypes) {
			this.sought = List.of(careTypes);
			return this;
		}

		NeedBuilder relative(String caregiverId, String relation) {
			this.relatives.add(new NeedSnapshot.RelativeSnapshot(caregiverId, relation));
			return this;
		}

		NeedBuilder considering(CaregiverBuilder... caregivers) {
			for (CaregiverBuilder caregiver : caregivers) {
				this.caregivers.add(caregiver.build());
			}
			return this;
		}

		NeedBuilder override(String caregiverId, HardRule rule, String reason) {
			this.overrides.add(new PreferenceOverride(caregiverId, rule, reason));
			return this;
		}

		NeedBuilder splitSiblings(String reason) {
			this.splitReason = reason;
			return this;
		}

		NeedBuilder rules(RuleSet rules) {
			this.rules = rules;
			return this;
		}

		ShortlistInputs inputs() {
			NeedSnapshot need = new NeedSnapshot("need-1", "case-1", "91", this.communeCode, this.decidedIn, this.child,
					this.siblings, this.keepTogether, this.sought, this.relatives);
			return new ShortlistInputs(need, this.caregivers, this.rules, this.overrides, this.splitReason, TODAY);
		}

	}

	static final class CaregiverBuilder {

		private final String caregiverId;

		private String provinceCode = "91";

		private String communeCode = "30406";

		private String state = "ELIGIBLE";

		private String kinCaseId;

		private LocalDate dateOfBirth = LocalDate.parse("1975-07-15");

		private List<String> careTypes = List.of("NON_RELATIVE", "EMERGENCY");

		private int free = 2;

		private CaregiverSnapshot.Preferences preferences = new CaregiverSnapshot.Preferences(null, null, List.of(),
				true, List.of());

		private List<String> languages = List.of("vi");

		private String ethnicity = "KINH";

		private String religion = "HOA_HAO";

		CaregiverBuilder(String caregiverId) {
			this.caregiverId = caregiverId;
		}

		CaregiverBuilder livingIn(String province, String commune) {
			this.provinceCode = province;
			this.communeCode = commune;
			return this;
		}

		CaregiverBuilder state(String state) {
			this.state = state;
			return this;
		}

		CaregiverBuilder kinOf(String caseId) {
			this.kinCaseId = caseId;
			this.careTypes = List.of("KINSHIP");
			return this;
		}

		CaregiverBuilder born(String date) {
			this.dateOfBirth = (date != null) ? LocalDate.parse(date) : null;
			return this;
		}

		CaregiverBuilder offering(String... careTypes) {
			this.careTypes = List.of(careTypes);
			return this;
		}

		CaregiverBuilder free(int places) {
			this.free = places;
			return this;
		}

		CaregiverBuilder prefers(Integer minAge, Integer maxAge, List<String> sexes, boolean siblingGroups,
				List<String> needs) {
			this.preferences = new CaregiverSnapshot.Preferences(minAge, maxAge, sexes, siblingGroups, needs);
			return this;
		}

		CaregiverBuilder noPreferences() {
			this.preferences = null;
			return this;
		}

		CaregiverBuilder speaking(String... languages) {
			this.languages = List.of(languages);
			return this;
		}

		CaregiverBuilder ethnicity(String ethnicity) {
			this.ethnicity = ethnicity;
			return this;
		}

		CaregiverBuilder religion(String religion) {
			this.religion = religion;
			return this;
		}

		CaregiverSnapshot build() {
			return new CaregiverSnapshot(this.caregiverId, this.provinceCode, this.communeCode, this.state,
					this.kinCaseId, this.dateOfBirth, this.careTypes, this.free, this.preferences, this.languages,
					this.ethnicity, this.religion);
		}

	}

}
