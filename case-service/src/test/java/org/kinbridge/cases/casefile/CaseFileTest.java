package org.kinbridge.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.platform.web.DomainRuleViolation;

class CaseFileTest {

	private static final Instant RECEIVED = Instant.parse("2026-11-28T01:30:00Z");

	private static final Instant RECORDED = Instant.parse("2026-11-28T02:00:00Z");

	private static final List<ReceiveReport.ReportedChild> SIBLINGS = List.of(
			IntakeSamples.child("child-1", "Nguyễn Văn An", LocalDate.of(2016, 3, 2), null),
			IntakeSamples.child("child-2", "Nguyễn Thị Bình", null, 6));

	private AggregateTestFixture<CaseFile> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(CaseFile.class);
	}

	@Test
	void opensACaseForAReportAboutSiblingsRecordingWhoTookItIn() {
		ReceiveReport command = receive(SIBLINGS, RECEIVED);
		this.fixture.givenNoPriorActivity()
			.when(command)
			.expectEvents(new ReportReceived("case-1", "91-2026-000001", "91", "30406", ReportChannel.HOTLINE_111,
					RECEIVED, command.reporter(), "Hai em ở nhà một mình.", SIBLINGS, "siblings-1", RECORDED,
					"officer.phutan", "COMMUNE_OFFICER"));
	}

	@Test
	void rejectsAReportThatNamesNoChild() {
		this.fixture.givenNoPriorActivity()
			.when(receive(List.of(), RECEIVED))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void rejectsAReportReceivedAfterTheMomentItIsRecorded() {
		this.fixture.givenNoPriorActivity()
			.when(receive(SIBLINGS, RECORDED.plusSeconds(60)))
			.expectException(DomainRuleViolation.class)
			.expectNoEvents();
	}

	private static ReceiveReport receive(List<ReceiveReport.ReportedChild> children, Instant receivedAt) {
		return new ReceiveReport("case-1", "91-2026-000001", "91", "30406", ReportChannel.HOTLINE_111, receivedAt,
				new ReceiveReport.Reporter(true, null, null, null, null), "Hai em ở nhà một mình.", children,
				"siblings-1", RECORDED, "officer.phutan", "COMMUNE_OFFICER");
	}

}
