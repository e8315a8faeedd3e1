package org.kinbridge.cases.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReceiveReport;

class SameChildTest {

	private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 10);

	private static final LocalDate NOVEMBER_2026 = LocalDate.of(2026, 11, 28);

	@Test
	void theSameNameWithoutDiacriticsAndTheSameBirthDateIsTheSameChild() {
		assertThat(SameChild.basis(born("Nguyen Van An", 2016, 3, 2), NOVEMBER_2026, born("Nguyễn Văn An", 2016, 3, 2),
				MARCH_2026))
			.contains(SameChild.NAME_AND_DATE_OF_BIRTH);
	}

	@Test
	void differentBirthDatesAreDifferentChildrenEvenWithTheSameName() {
		assertThat(SameChild.basis(born("Nguyễn Văn An", 2016, 3, 2), NOVEMBER_2026, born("Nguyễn Văn An", 2016, 3, 3),
				MARCH_2026))
			.isEmpty();
	}

	@Test
	void differentNamesAreDifferentChildrenEvenWithTheSameBirthDate() {
		assertThat(SameChild.basis(born("Nguyễn Văn An", 2016, 3, 2), NOVEMBER_2026, born("Nguyễn Văn Anh", 2016, 3, 2),
				MARCH_2026))
			.isEmpty();
	}

	@Test
	void namesThatDifferOnlyInDiacriticsAreFlaggedForAnOfficerToDecide() {
		// An and Ân are different names, but a form typed without diacritics cannot tell
		// them apart; a flag costs an officer a look, a missed duplicate costs more.
		assertThat(SameChild.basis(born("Nguyễn Văn An", 2016, 3, 2), NOVEMBER_2026, born("Nguyễn Văn Ân", 2016, 3, 2),
				MARCH_2026))
			.contains(SameChild.NAME_AND_DATE_OF_BIRTH);
	}

	@Test
	void anEstimatedAgeWithinAYearOfTheBirthDateMatches() {
		// Born March 2016: ten on 28 November 2026.
		assertThat(
				SameChild.basis(aged("Nguyễn Văn An", 9), NOVEMBER_2026, born("Nguyễn Văn An", 2016, 3, 2), MARCH_2026))
			.contains(SameChild.NAME_AND_AGE);
		assertThat(SameChild.basis(aged("Nguyễn Văn An", 11), NOVEMBER_2026, born("Nguyễn Văn An", 2016, 3, 2),
				MARCH_2026))
			.contains(SameChild.NAME_AND_AGE);
		assertThat(SameChild.basis(aged("Nguyễn Văn An", 12), NOVEMBER_2026, born("Nguyễn Văn An", 2016, 3, 2),
				MARCH_2026))
			.isEmpty();
	}

	@Test
	void estimatedAgesGrowFromTheDayOfTheirReport() {
		// Estimated 6 two years earlier is about 8 now.
		assertThat(SameChild.basis(aged("Lê Thị Diệu", 8), NOVEMBER_2026, aged("Le Thi Dieu", 6),
				NOVEMBER_2026.minusYears(2)))
			.contains(SameChild.NAME_AND_AGE);
		assertThat(SameChild.basis(aged("Lê Thị Diệu", 6), NOVEMBER_2026, aged("Le Thi Dieu", 6),
				NOVEMBER_2026.minusYears(2)))
			.isEmpty();
	}

	private static ReceiveReport.ReportedChild born(String name, int year, int month, int day) {
		return IntakeSamples.child("child", name, LocalDate.of(year, month, day), null);
	}

	private static ReceiveReport.ReportedChild aged(String name, int age) {
		return IntakeSamples.child("child", name, null, age);
	}

}
