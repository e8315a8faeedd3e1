package org.kinbridge.cases.alternativecare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinbridge.cases.alternativecare.api.ChildOpinion;
import org.kinbridge.cases.alternativecare.api.Consent;
import org.kinbridge.cases.alternativecare.api.DossierEvidence;
import org.kinbridge.cases.alternativecare.api.DossierItem;
import org.kinbridge.platform.web.Problems.FieldError;

/**
 * The conditions of Circular 14/2020 Art. 5 that a child must meet on the day eligibility
 * is confirmed: a complete dossier with recent photos, consent or a legal exception, and
 * the child's own opinion from the age the province sets. The case file applies them
 * before it confirms; the alternative-care view shows what is still missing today.
 */
public final class EligibilityChecklist {

	private static final Map<DossierItem, String> FIELDS = new EnumMap<>(
			Map.of(DossierItem.BIRTH_CERTIFICATE_OR_ID, "birthCertificateOrId", DossierItem.HEALTH_RECORD,
					"healthRecord", DossierItem.PHOTOS, "photos", DossierItem.ASSESSMENT_FORM_10, "assessmentForm10"));

	private EligibilityChecklist() {
	}

	/**
	 * @param children the children of the need and what is recorded for each
	 * @param today the day of confirmation in Vietnam
	 * @return every unmet item, one per field, such as {@code children[child-1].photos};
	 * empty when the children are eligible
	 */
	public static List<FieldError> unmet(List<ChildUnderReview> children, LocalDate today,
			AlternativeCareRules.ProvinceRules rules) {
		List<FieldError> unmet = new ArrayList<>();
		for (ChildUnderReview child : children) {
			String prefix = "children[" + child.childId() + "].";
			for (DossierItem item : DossierItem.values()) {
				DossierEvidence evidence = child.dossier().get(item);
				if (evidence == null) {
					unmet.add(new FieldError(prefix + FIELDS.get(item), "not recorded"));
				}
				else if (item == DossierItem.PHOTOS && isTooOld(evidence.takenOn(), today, rules)) {
					unmet.add(new FieldError(prefix + FIELDS.get(item), "taken on " + evidence.takenOn()
							+ ", more than " + rules.photoMaxAgeMonths() + " months before " + today));
				}
			}
			if (child.consent() == null) {
				unmet.add(new FieldError(prefix + "consent",
						"not recorded: the written consent of a parent or guardian, or the legal exception"));
			}
			if (child.opinion() == null && opinionRequired(child.age(), today, rules)) {
				unmet.add(new FieldError(prefix + "childOpinion", "required: " + whyHeard(child.age(), today, rules)));
			}
		}
		return unmet;
	}

	/** Whether every document of every child is recorded, however old. */
	public static boolean dossierComplete(List<ChildUnderReview> children) {
		return children.stream().allMatch(child -> child.dossier().keySet().containsAll(FIELDS.keySet()));
	}

	/** An unknown age counts as old enough to be heard: better heard once too often. */
	public static boolean opinionRequired(AgeFacts age, LocalDate today, AlternativeCareRules.ProvinceRules rules) {
		return age.ageOn(today).map(years -> years >= rules.childOpinionFromAge()).orElse(true);
	}

	private static boolean isTooOld(LocalDate takenOn, LocalDate today, AlternativeCareRules.ProvinceRules rules) {
		return takenOn == null || takenOn.plusMonths(rules.photoMaxAgeMonths()).isBefore(today);
	}

	private static String whyHeard(AgeFacts age, LocalDate today, AlternativeCareRules.ProvinceRules rules) {
		Optional<Integer> years = age.ageOn(today);
		return years
			.map(value -> "the child is " + value + " on " + today + " (" + age.basis() + "), and a child of "
					+ rules.childOpinionFromAge() + " or older is heard")
			.orElse("the child's age is unknown, so they count as " + rules.childOpinionFromAge() + " or older");
	}

	/**
	 * A child of a need, with what the checklist holds for them.
	 *
	 * @param dossier the documents recorded, by item
	 * @param consent the consent or legal exception, {@code null} until recorded
	 * @param opinion the child's opinion, {@code null} until recorded
	 */
	public record ChildUnderReview(String childId, AgeFacts age, Map<DossierItem, DossierEvidence> dossier,
			Consent consent, ChildOpinion opinion) {
	}

}
