package org.kinbridge.cases.duplicates;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.reference.NameFolding;

/**
 * When two reported children are likely the same child: the same name once diacritics,
 * case and spacing are folded away, and the same date of birth, or ages no more than a
 * year apart where an age was only estimated.
 */
public final class SameChild {

	public static final String NAME_AND_DATE_OF_BIRTH = "NAME_AND_DATE_OF_BIRTH";

	public static final String NAME_AND_AGE = "NAME_AND_AGE";

	private static final int AGE_TOLERANCE_YEARS = 1;

	private SameChild() {
	}

	/**
	 * @param child a child of one report
	 * @param receivedOn the day that report was received, when an estimated age held
	 * @param other a child of another report
	 * @param otherReceivedOn the day the other report was received
	 * @return why they look like the same child, empty when they do not
	 */
	public static Optional<String> basis(ReceiveReport.ReportedChild child, LocalDate receivedOn,
			ReceiveReport.ReportedChild other, LocalDate otherReceivedOn) {
		if (!NameFolding.fold(child.fullName()).equals(NameFolding.fold(other.fullName()))) {
			return Optional.empty();
		}
		if (child.dateOfBirth() != null && other.dateOfBirth() != null) {
			return child.dateOfBirth().equals(other.dateOfBirth()) ? Optional.of(NAME_AND_DATE_OF_BIRTH)
					: Optional.empty();
		}
		LocalDate on = receivedOn.isAfter(otherReceivedOn) ? receivedOn : otherReceivedOn;
		Integer age = ageOn(child, receivedOn, on);
		Integer otherAge = ageOn(other, otherReceivedOn, on);
		if (age == null || otherAge == null) {
			return Optional.empty();
		}
		return (Math.abs(age - otherAge) <= AGE_TOLERANCE_YEARS) ? Optional.of(NAME_AND_AGE) : Optional.empty();
	}

	/** An estimated age was true on the day of its report, and grows from there. */
	private static Integer ageOn(ReceiveReport.ReportedChild child, LocalDate receivedOn, LocalDate on) {
		if (child.dateOfBirth() != null) {
			return Period.between(child.dateOfBirth(), on).getYears();
		}
		if (child.estimatedAge() != null) {
			return child.estimatedAge() + Period.between(receivedOn, on).getYears();
		}
		return null;
	}

}
