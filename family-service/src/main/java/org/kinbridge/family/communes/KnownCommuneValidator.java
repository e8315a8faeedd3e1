package org.kinbridge.family.communes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.platform.adminunits.AdministrativeUnits;

/**
 * Checks a commune code against the administrative-unit register, as of the day it must
 * be valid: codes were reused in the 2025 mergers, so a code that exists may have been
 * another commune on another day. A code of the wrong format is left to the field's own
 * constraint. Whether the commune lies in the caller's province is not input but scope:
 * validation runs before the role check, so it is left to {@link CommuneScope}, which
 * answers 404 after a role that may not act has been answered 403.
 */
public class KnownCommuneValidator implements ConstraintValidator<KnownCommune, CommuneGiven> {

	private static final Pattern FORMAT = Pattern.compile("\\d{5}");

	private final AdministrativeUnits units;

	private final Clock clock;

	public KnownCommuneValidator(AdministrativeUnits units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	@Override
	public boolean isValid(CommuneGiven request, ConstraintValidatorContext context) {
		if (request == null || request.communeCode() == null || !FORMAT.matcher(request.communeCode()).matches()) {
			return true;
		}
		LocalDate on = (request.communeValidOn() != null) ? request.communeValidOn()
				: LocalDate.ofInstant(this.clock.instant(), Acting.VIETNAM);
		if (this.units.find(request.communeCode(), on).isPresent()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("is not a commune of the administrative-unit register on " + on)
			.addPropertyNode("communeCode")
			.addConstraintViolation();
		return false;
	}

}
