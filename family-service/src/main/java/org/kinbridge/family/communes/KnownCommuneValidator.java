package org.kinbridge.family.communes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.platform.adminunits.AdministrativeUnits;
import org.kinbridge.platform.tenancy.TenantGuard;

/**
 * Checks a commune code against the administrative-unit register, as of the day it must
 * be valid: codes were reused in the 2025 mergers, so a code that exists may have been
 * another commune, in another province, on another day. A code of the wrong format is
 * left to the field's own constraint.
 */
public class KnownCommuneValidator implements ConstraintValidator<KnownCommune, CommuneGiven> {

	private static final Pattern FORMAT = Pattern.compile("\\d{5}");

	private final AdministrativeUnits units;

	private final TenantGuard tenant;

	private final Clock clock;

	public KnownCommuneValidator(AdministrativeUnits units, TenantGuard tenant, Clock clock) {
		this.units = units;
		this.tenant = tenant;
		this.clock = clock;
	}

	@Override
	public boolean isValid(CommuneGiven request, ConstraintValidatorContext context) {
		if (request == null || request.communeCode() == null || !FORMAT.matcher(request.communeCode()).matches()) {
			return true;
		}
		LocalDate on = (request.communeValidOn() != null) ? request.communeValidOn()
				: LocalDate.ofInstant(this.clock.instant(), Acting.VIETNAM);
		Optional<String> problem = problem(request.communeCode(), this.tenant.province().value(), on);
		problem.ifPresent(message -> {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message)
				.addPropertyNode("communeCode")
				.addConstraintViolation();
		});
		return problem.isEmpty();
	}

	private Optional<String> problem(String commune, String province, LocalDate on) {
		if (this.units.find(commune, on).isEmpty()) {
			return Optional.of("is not a commune of the administrative-unit register on " + on);
		}
		if (!this.units.communeBelongsToProvince(commune, province, on)) {
			return Optional.of("is not a commune of province " + province + " on " + on);
		}
		return Optional.empty();
	}

}
