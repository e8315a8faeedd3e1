package org.kinbridge.cases.alternativecare;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * What a case knows of a child's age: the date of birth, or an age estimated on the day
 * of the report. An estimate is taken to have been reached on that day, so the child is a
 * year older on each of its anniversaries.
 *
 * @param estimatedOn the day the estimate was made, the day of receipt
 */
public record AgeFacts(LocalDate dateOfBirth, Integer estimatedAge, LocalDate estimatedOn) {

	/**
	 * @return the child's age in whole years on the day, empty when nothing is known
	 */
	public Optional<Integer> ageOn(LocalDate day) {
		if (this.dateOfBirth != null) {
			return Optional.of(Period.between(this.dateOfBirth, day).getYears());
		}
		if (this.estimatedAge != null && this.estimatedOn != null) {
			return Optional.of(this.estimatedAge + Math.max(0, Period.between(this.estimatedOn, day).getYears()));
		}
		return Optional.empty();
	}

	/**
	 * @return the day the child reaches the age, empty when nothing is known
	 */
	public Optional<LocalDate> dayOfTurning(int years) {
		if (this.dateOfBirth != null) {
			return Optional.of(this.dateOfBirth.plusYears(years));
		}
		if (this.estimatedAge != null && this.estimatedOn != null) {
			return Optional.of(this.estimatedOn.plusYears(years - this.estimatedAge));
		}
		return Optional.empty();
	}

	/** For messages: on what the age rests. */
	String basis() {
		if (this.dateOfBirth != null) {
			return "born " + this.dateOfBirth;
		}
		if (this.estimatedAge != null) {
			return "estimated " + this.estimatedAge + " on " + this.estimatedOn;
		}
		return "age unknown";
	}

}
