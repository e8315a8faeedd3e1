package org.kinbridge.platform.adminunits;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of an administrative unit: codes are reused (91 was Kiên Giang until
 * 2025-06-30 and is An Giang since), so a unit is identified by its code and the day its
 * version took effect.
 *
 * @param code the national register code, e.g. {@code 30406}
 * @param level the tier of local government
 * @param name the official name with its type, e.g. {@code Xã Phú Tân}
 * @param parentCode the code of the unit above, valid on the same days; null for a
 * province
 * @param validFrom the first day of this version; null if it predates the data set
 * @param validTo the last day of this version; null while it is in force
 */
public record AdministrativeUnit(String code, Level level, String name, String parentCode, LocalDate validFrom,
		LocalDate validTo) {

	/**
	 * The tiers: before 2025-07-01 province, district, commune; since then province and
	 * commune. Wards (phường) and special zones (đặc khu) are at the commune tier.
	 */
	public enum Level {

		PROVINCE, DISTRICT, COMMUNE

	}

	public AdministrativeUnit {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(name, "name");
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException("unit " + code + " ends before it starts");
		}
	}

	/** Whether this version was in force on the given day. */
	public boolean isValidOn(LocalDate day) {
		return (this.validFrom == null || !day.isBefore(this.validFrom))
				&& (this.validTo == null || !day.isAfter(this.validTo));
	}

	boolean overlaps(AdministrativeUnit other) {
		boolean startsBeforeOtherEnds = this.validFrom == null || other.validTo == null
				|| !this.validFrom.isAfter(other.validTo);
		boolean endsAfterOtherStarts = this.validTo == null || other.validFrom == null
				|| !this.validTo.isBefore(other.validFrom);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

}
