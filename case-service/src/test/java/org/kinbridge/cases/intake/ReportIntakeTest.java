package org.kinbridge.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.ReporterRelation;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;

/** How a Form 01 becomes the command that opens a case, on a fixed clock. */
class ReportIntakeTest {

	/** 31 December 2026, 23:30 in Vietnam: still 2026 in Vietnam, though 16:30 UTC. */
	private static final Instant NEW_YEARS_EVE = Instant.parse("2026-12-31T16:30:00Z");

	private static final Actor OFFICER = new Actor("officer.phutan", "Cán bộ Phú Tân", Set.of(Role.COMMUNE_OFFICER),
			new ProvinceCode("91"), new CommuneCode("30406"));

	private final CaseNumbers caseNumbers = mock(CaseNumbers.class);

	@Test
	void theCaseNumberIsTheProvincesNextOfTheYearInVietnam() {
		when(this.caseNumbers.next(eq("91"), eq(Year.of(2026)))).thenReturn("91-2026-000042");
		Clock afterMidnightInVietnam = Clock.fixed(Instant.parse("2026-12-31T17:30:00Z"), ZoneOffset.UTC);
		when(this.caseNumbers.next(eq("91"), eq(Year.of(2027)))).thenReturn("91-2027-000001");

		assertThat(intake(Clock.fixed(NEW_YEARS_EVE, ZoneOffset.UTC)).receive(report(child()), OFFICER,
				Role.COMMUNE_OFFICER))
			.extracting(ReceiveReport::caseNumber, ReceiveReport::recordedAt)
			.containsExactly("91-2026-000042", NEW_YEARS_EVE);
		assertThat(intake(afterMidnightInVietnam).receive(report(child()), OFFICER, Role.COMMUNE_OFFICER).caseNumber())
			.isEqualTo("91-2027-000001");
	}

	@Test
	void communeCodesAreStampedWithTheDayOfReceiptInVietnam() {
		// 23:10 UTC on 28 November is already 29 November in Vietnam.
		ReportRequest request = report(OffsetDateTime.parse("2026-11-28T23:10:00Z"), child());

		ReceiveReport.ReportedChild child = intake(fixedClock()).receive(request, OFFICER, Role.COMMUNE_OFFICER)
			.children()
			.get(0);

		LocalDate receivedOn = LocalDate.of(2026, 11, 29);
		assertThat(child.residence()).isEqualTo(new ReceiveReport.AdministrativeUnitRef("30406", receivedOn));
		assertThat(child.incidentPlace()).isEqualTo(new ReceiveReport.AdministrativeUnitRef("30430", receivedOn));
	}

	@Test
	void aChildWhoseCommunesAreLeftOutLivesAndWasHarmedInTheReportsCommune() {
		ReportRequest.ChildRequest child = new ReportRequest.ChildRequest("Lê Thị Diệu", Sex.FEMALE, null, 7, null,
				null, null, null, null, null, null, List.of(Concern.VIOLENCE), null);

		ReceiveReport.ReportedChild received = intake(fixedClock())
			.receive(report(child), OFFICER, Role.COMMUNE_OFFICER)
			.children()
			.get(0);

		assertThat(received.residence().code()).isEqualTo("30406");
		assertThat(received.incidentPlace().code()).isEqualTo("30406");
		assertThat(received.specialCircumstances()).isEmpty();
	}

	@Test
	void anAnonymousReporterKeepsOnlyHowTheyKnowTheChild() {
		ReportRequest request = new ReportRequest(ReportChannel.HOTLINE_111,
				OffsetDateTime.parse("2026-11-28T08:30:00+07:00"), new ReportRequest.ReporterRequest(true,
						"Trần Thị Lan", "0912345678", "ấp Phú Mỹ", ReporterRelation.NEIGHBOUR),
				"30406", "Em bị bỏ đói.", List.of(child()));

		assertThat(intake(fixedClock()).receive(request, OFFICER, Role.COMMUNE_OFFICER).reporter())
			.isEqualTo(new ReceiveReport.Reporter(true, null, null, null, ReporterRelation.NEIGHBOUR));
	}

	@Test
	void childrenReportedTogetherAreLinkedAsSiblingsAndEachGetsAnId() {
		ReceiveReport alone = intake(fixedClock()).receive(report(child()), OFFICER, Role.COMMUNE_OFFICER);
		ReceiveReport siblings = intake(fixedClock()).receive(report(child(), child()), OFFICER, Role.COMMUNE_OFFICER);

		assertThat(alone.siblingGroupId()).isNull();
		assertThat(siblings.siblingGroupId()).startsWith("siblings-");
		assertThat(siblings.children()).extracting(ReceiveReport.ReportedChild::childId).doesNotHaveDuplicates();
		assertThat(siblings.caseId()).startsWith("case-");
	}

	@Test
	void theFormsCodesAndNamesAreKeptAsGiven() {
		ReceiveReport.ReportedChild child = intake(fixedClock()).receive(report(child()), OFFICER, Role.COMMUNE_OFFICER)
			.children()
			.get(0);

		assertThat(child)
			.extracting(ReceiveReport.ReportedChild::fullName, ReceiveReport.ReportedChild::ethnicity,
					ReceiveReport.ReportedChild::religion, ReceiveReport.ReportedChild::language,
					ReceiveReport.ReportedChild::hasDisability, ReceiveReport.ReportedChild::disabilityDescription)
			.containsExactly("Chau Sóc Pha", "KHMER", "BUDDHISM", "km", true, "Khiếm thính nhẹ");
		assertThat(child.specialCircumstances()).containsExactly(new ReceiveReport.SpecialCircumstance(
				"DROPPED_OUT_TO_EARN_A_LIVING", "DROPPED_OUT_TO_EARN_A_LIVING.HEAVY_OR_HAZARDOUS_WORK"));
	}

	private ReportIntake intake(Clock clock) {
		when(this.caseNumbers.next(eq("91"), eq(Year.of(2026)))).thenReturn("91-2026-000042");
		AtomicInteger ids = new AtomicInteger();
		return new ReportIntake(this.caseNumbers, clock, () -> "id-" + ids.incrementAndGet());
	}

	private static Clock fixedClock() {
		return Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC);
	}

	private static ReportRequest report(ReportRequest.ChildRequest... children) {
		return report(OffsetDateTime.parse("2026-11-28T08:30:00+07:00"), children);
	}

	private static ReportRequest report(OffsetDateTime receivedAt, ReportRequest.ChildRequest... children) {
		return new ReportRequest(
				ReportChannel.COLLABORATOR_SURVEY, receivedAt, new ReportRequest.ReporterRequest(false, "Võ Thị Lệ",
						"0913 222 410", null, ReporterRelation.COLLABORATOR),
				"30406", "Em nghỉ học, phụ việc ở lò gạch.", List.of(children));
	}

	private static ReportRequest.ChildRequest child() {
		return new ReportRequest.ChildRequest("  Chau Sóc Pha ", Sex.MALE, null, 12, "KHMER", "BUDDHISM", "km", true,
				"Khiếm thính nhẹ", "30406", "30430", List.of(Concern.EXPLOITATION),
				List.of(new ReportRequest.SpecialCircumstanceRequest("DROPPED_OUT_TO_EARN_A_LIVING",
						"DROPPED_OUT_TO_EARN_A_LIVING.HEAVY_OR_HAZARDOUS_WORK")));
	}

}
