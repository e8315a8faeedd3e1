package org.kinbridge.matching.placement.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * What matching knows of a child's age: the date of birth, or an age estimated on a day,
 * or neither.
 *
 * @param dateOfBirth the date of birth, or {@code null}
 * @param estimatedAge the estimated age in years, or {@code null}
 * @param estimatedOn the day the age was estimated, or {@code null}
 */
public record ChildAge(LocalDate dateOfBirth, Integer estimatedAge, LocalDate estimatedOn) {

	public static final ChildAge UNKNOWN = new ChildAge(null, null, null);

	/**
	 * @param day the day of interest
	 * @return the age in whole years on that day, or empty when the age is unknown
	 */
	public Optional<Integer> yearsOn(LocalDate day) {
		if (this.dateOfBirth != null) {
			return Optional.of(Period.between(this.dateOfBirth, day).getYears());
		}
		if (this.estimatedAge != null && this.estimatedOn != null) {
			return Optional.of(this.estimatedAge + Math.max(0, Period.between(this.estimatedOn, day).getYears()));
		}
		return Optional.empty();
	}

}
