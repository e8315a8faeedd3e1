package org.kinbridge.cases.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.cases.assessment.AssessmentView;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.cases.plan.PlanView;
import org.kinbridge.cases.referral.api.SharedItem;

/**
 * What a referral shows of a case to the commune or province it was sent to: the referred
 * children and the items shared, and nothing else. What was not shared is left out of the
 * body altogether.
 *
 * @param children the referred children, each with what is shared of them
 * @param caseHistory how the case came in and where it stands, if shared
 * @param assessment the assessments and emergency measures, if shared
 * @param plan the plan in force, or the latest version, if shared
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SharedCase(List<SharedChild> children, CaseHistory caseHistory, Assessment assessment,
		PlanView.Version plan) {

	/**
	 * @param items what the referral shares
	 * @param summary the case
	 * @param childIds the referred children
	 * @param assessment the case's assessments, or {@code null}
	 * @param plan the case's plan, or {@code null}
	 */
	static SharedCase of(Set<SharedItem> items, CaseSummary summary, List<String> childIds, AssessmentView assessment,
			PlanView plan) {
		List<SharedChild> children = summary.children()
			.stream()
			.filter((child) -> childIds.contains(child.childId()))
			.map((child) -> SharedChild.of(items, child))
			.toList();
		CaseHistory history = items.contains(SharedItem.CASE_HISTORY)
				? new CaseHistory(summary.receivedAt(), summary.channel(), summary.summary(), summary.status()) : null;
		Assessment assessed = (items.contains(SharedItem.ASSESSMENT) && assessment != null)
				? new Assessment(assessment.initial(), assessment.emergencyMeasures(), assessment.specific()) : null;
		PlanView.Version inForce = (items.contains(SharedItem.PLAN) && plan != null) ? inForce(plan) : null;
		return new SharedCase(children, history, assessed, inForce);
	}

	private static PlanView.Version inForce(PlanView plan) {
		return plan.versions()
			.stream()
			.filter((version) -> plan.approvedVersion() == null || version.version() == plan.approvedVersion())
			.max(Comparator.comparingInt(PlanView.Version::version))
			.orElse(null);
	}

	/**
	 * A referred child: always the id, the rest as shared. IDENTITY gives name, sex and
	 * age; CONTACT where the child lives; HEALTH the disability; CASE_HISTORY the
	 * concerns and special circumstances.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SharedChild(String childId, String fullName, Sex sex, LocalDate dateOfBirth, Integer estimatedAge,
			ReceiveReport.AdministrativeUnitRef residence, Boolean hasDisability, String disabilityDescription,
			List<Concern> concerns, List<ReceiveReport.SpecialCircumstance> specialCircumstances) {

		static SharedChild of(Set<SharedItem> items, ReceiveReport.ReportedChild child) {
			boolean identity = items.contains(SharedItem.IDENTITY);
			boolean health = items.contains(SharedItem.HEALTH);
			boolean history = items.contains(SharedItem.CASE_HISTORY);
			return new SharedChild(child.childId(), identity ? child.fullName() : null, identity ? child.sex() : null,
					identity ? child.dateOfBirth() : null, identity ? child.estimatedAge() : null,
					items.contains(SharedItem.CONTACT) ? child.residence() : null,
					health ? child.hasDisability() : null, health ? child.disabilityDescription() : null,
					history ? child.concerns() : null, history ? child.specialCircumstances() : null);
		}

	}

	/**
	 * @param summary what was reported, in the reporter's words; the reporter is never
	 * shared
	 * @param status the step the case is at
	 */
	public record CaseHistory(Instant receivedAt, String channel, String summary, String status) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Assessment(AssessmentView.Initial initial, List<AssessmentView.EmergencyMeasure> emergencyMeasures,
			AssessmentView.Specific specific) {
	}

}
