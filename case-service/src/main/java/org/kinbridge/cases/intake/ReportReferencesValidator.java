package org.kinbridge.cases.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.kinbridge.cases.reference.CodeLists;
import org.kinbridge.platform.adminunits.AdministrativeUnits;
import org.kinbridge.platform.tenancy.TenantGuard;

/**
 * Checks a report's codes against the registers of the caller's province, as they were on
 * the day of receipt, and reports each problem on its own field. Codes that do not even
 * have the right format are left to their field's own constraint.
 */
public class ReportReferencesValidator implements ConstraintValidator<ValidReportReferences, ReportRequest> {

	/** The platform serves minors; the Law on Children itself stops at 16 (Art. 1). */
	private static final int ADULT_AGE = 18;

	private final AdministrativeUnits units;

	private final CodeLists codeLists;

	private final TenantGuard tenant;

	public ReportReferencesValidator(AdministrativeUnits units, CodeLists codeLists, TenantGuard tenant) {
		this.units = units;
		this.codeLists = codeLists;
		this.tenant = tenant;
	}

	@Override
	public boolean isValid(ReportRequest request, ConstraintValidatorContext context) {
		if (request == null || request.receivedAt() == null) {
			return true;
		}
		Problems problems = new Problems(context);
		String province = this.tenant.province().value();
		LocalDate receivedOn = ReportIntake.receiptDate(request.receivedAt());
		communeProblem(request.communeCode(), province, receivedOn)
			.ifPresent((message) -> problems.on(message, "communeCode"));
		List<ReportRequest.ChildRequest> children = (request.children() != null) ? request.children() : List.of();
		for (int i = 0; i < children.size(); i++) {
			ReportRequest.ChildRequest child = children.get(i);
			if (child == null) {
				continue;
			}
			int index = i;
			communeProblem(child.residenceCommuneCode(), province, receivedOn)
				.ifPresent((message) -> problems.onChild(message, index, "residenceCommuneCode"));
			communeProblem(child.incidentCommuneCode(), province, receivedOn)
				.ifPresent((message) -> problems.onChild(message, index, "incidentCommuneCode"));
			birthProblem(child.dateOfBirth(), receivedOn)
				.ifPresent((message) -> problems.onChild(message, index, "dateOfBirth"));
			List<ReportRequest.SpecialCircumstanceRequest> circumstances = (child.specialCircumstances() != null)
					? child.specialCircumstances() : List.of();
			for (int j = 0; j < circumstances.size(); j++) {
				ReportRequest.SpecialCircumstanceRequest circumstance = circumstances.get(j);
				if (circumstance == null || circumstance.group() == null) {
					continue;
				}
				int at = j;
				this.codeLists.problemWithSpecialCircumstance(province, circumstance.group(), circumstance.subGroup())
					.ifPresent((message) -> problems.onCircumstance(message, index, at,
							message.startsWith("is not a sub-group") ? "subGroup" : "group"));
			}
		}
		return problems.none();
	}

	/**
	 * A commune code is kept with the day it was read, so it must exist on that day:
	 * codes were reused in the 2025 mergers.
	 */
	private Optional<String> communeProblem(String commune, String province, LocalDate on) {
		if (commune == null || !commune.matches(ReportRequest.COMMUNE_CODE)) {
			return Optional.empty();
		}
		if (this.units.find(commune, on).isEmpty()) {
			return Optional.of("is not a commune of the administrative-unit register on " + on);
		}
		if (!this.units.communeBelongsToProvince(commune, province, on)) {
			return Optional.of("is not a commune of province " + province + " on " + on);
		}
		return Optional.empty();
	}

	private static Optional<String> birthProblem(LocalDate dateOfBirth, LocalDate receivedOn) {
		if (dateOfBirth == null) {
			return Optional.empty();
		}
		if (dateOfBirth.isAfter(receivedOn)) {
			return Optional.of("must not be after the day the report was received");
		}
		if (Period.between(dateOfBirth, receivedOn).getYears() >= ADULT_AGE) {
			return Optional.of("makes the child " + ADULT_AGE + " or older on the day the report was received");
		}
		return Optional.empty();
	}

	/** Collects violations, each on the path of the field it is about. */
	private static final class Problems {

		private final ConstraintValidatorContext context;

		private boolean found;

		Problems(ConstraintValidatorContext context) {
			this.context = context;
		}

		void on(String message, String field) {
			start();
			this.context.buildConstraintViolationWithTemplate(escape(message))
				.addPropertyNode(field)
				.addConstraintViolation();
		}

		void onChild(String message, int child, String field) {
			start();
			this.context.buildConstraintViolationWithTemplate(escape(message))
				.addPropertyNode("children")
				.addPropertyNode(field)
				.inIterable()
				.atIndex(child)
				.addConstraintViolation();
		}

		void onCircumstance(String message, int child, int circumstance, String field) {
			start();
			this.context.buildConstraintViolationWithTemplate(escape(message))
				.addPropertyNode("children")
				.addPropertyNode("specialCircumstances")
				.inIterable()
				.atIndex(child)
				.addPropertyNode(field)
				.inIterable()
				.atIndex(circumstance)
				.addConstraintViolation();
		}

		boolean none() {
			return !this.found;
		}

		private void start() {
			if (!this.found) {
				this.context.disableDefaultConstraintViolation();
				this.found = true;
			}
		}

		/** Messages are templates: braces and dollars would be interpolated. */
		private static String escape(String message) {
			return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
		}

	}

}
