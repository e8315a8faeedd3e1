package org.kinbridge.cases.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.kinbridge.platform.adminunits.AdministrativeUnit;
import org.kinbridge.platform.adminunits.AdministrativeUnits;

/**
 * Checks the place a referral goes to against the administrative-unit register as it is
 * on the day of referral, and reports each problem on its own field. Codes without the
 * right format are left to their field's own constraint.
 */
public class ReferralTargetValidator implements ConstraintValidator<ValidReferralTarget, ReferralRequest> {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AdministrativeUnits units;

	private final Clock clock;

	public ReferralTargetValidator(AdministrativeUnits units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	@Override
	public boolean isValid(ReferralRequest request, ConstraintValidatorContext context) {
		if (request == null || request.target() == null || request.target().type() == null) {
			return true;
		}
		ReferralRequest.TargetRequest target = request.target();
		LocalDate today = LocalDate.now(this.clock.withZone(VIETNAM));
		boolean valid = true;
		if (target.type().transfersTheCase()) {
			valid &= required(target.provinceCode(), "provinceCode", target, context);
			valid &= required(target.communeCode(), "communeCode", target, context);
		}
		boolean provinceKnown = target.provinceCode() != null
				&& target.provinceCode().matches(ReferralRequest.PROVINCE_CODE);
		if (provinceKnown && this.units.find(target.provinceCode(), today)
			.filter((unit) -> unit.level() == AdministrativeUnit.Level.PROVINCE)
			.isEmpty()) {
			valid &= problem(context, "provinceCode",
					"is not a province of the administrative-unit register on " + today);
			provinceKnown = false;
		}
		if (target.communeCode() != null && target.communeCode().matches(ReferralRequest.COMMUNE_CODE)) {
			if (this.units.find(target.communeCode(), today)
				.filter((unit) -> unit.level() == AdministrativeUnit.Level.COMMUNE)
				.isEmpty()) {
				valid &= problem(context, "communeCode",
						"is not a commune of the administrative-unit register on " + today);
			}
			else if (provinceKnown
					&& !this.units.communeBelongsToProvince(target.communeCode(), target.provinceCode(), today)) {
				valid &= problem(context, "communeCode",
						"is not a commune of province " + target.provinceCode() + " on " + today);
			}
		}
		return valid;
	}

	private static boolean required(String code, String field, ReferralRequest.TargetRequest target,
			ConstraintValidatorContext context) {
		return code != null || problem(context, field, "is required when the target is " + target.type());
	}

	/** Reports the problem on {@code target.<field>}; always {@code false}. */
	private static boolean problem(ConstraintValidatorContext context, String field, String message) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(message)
			.addPropertyNode("target")
			.addPropertyNode(field)
			.addConstraintViolation();
		return false;
	}

}
