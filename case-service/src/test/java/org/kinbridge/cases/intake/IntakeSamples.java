package org.kinbridge.cases.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.intake.api.ReporterRelation;
import org.kinbridge.cases.intake.api.Sex;

/**
 * Form 01 reports for tests of any step: a case in xã Phú Tân (30406, An Giang 91)
 * received on 28 November 2026, so that tests of later steps need not spell out every
 * intake field.
 */
public final class IntakeSamples {

	public static final Instant RECEIVED = Instant.parse("2026-11-28T01:30:00Z");

	public static final Instant RECORDED = Instant.parse("2026-11-28T02:00:00Z");

	public static final LocalDate RECEIVED_ON = LocalDate.ofInstant(RECEIVED, ZoneId.of("Asia/Ho_Chi_Minh"));

	private IntakeSamples() {
	}

	public static ReceiveReport.ReportedChild child(String childId, String fullName, LocalDate dateOfBirth,
			Integer estimatedAge) {
		ReceiveReport.AdministrativeUnitRef phuTan = new ReceiveReport.AdministrativeUnitRef("30406", RECEIVED_ON);
		return new ReceiveReport.ReportedChild(childId, fullName, Sex.MALE, dateOfBirth, estimatedAge, "KINH", "NONE",
				"vi", false, null, phuTan, phuTan, List.of(Concern.NEGLECT_OR_ABANDONMENT),
				List.of(new ReceiveReport.SpecialCircumstance("NO_ONE_TO_RELY_ON", null)));
	}

	public static ReceiveReport.Reporter neighbour() {
		return new ReceiveReport.Reporter(false, "Trần Thị Lan", "0912 345 678", "ấp Phú Mỹ",
				ReporterRelation.NEIGHBOUR);
	}

	public static ReceiveReport receive(String caseId, List<ReceiveReport.ReportedChild> children) {
		return new ReceiveReport(caseId, "91-2026-000001", "91", "30406", ReportChannel.HOTLINE_111, RECEIVED,
				neighbour(), "Hai em ở nhà một mình.", children, children.size() > 1 ? "siblings-1" : null, RECORDED,
				"officer.phutan", "COMMUNE_OFFICER");
	}

	/**
	 * @return the event of a report about one child, for tests that start after intake
	 */
	public static ReportReceived reportReceived(String caseId) {
		return receive(caseId, List.of(child("child-1", "Nguyễn Văn An", LocalDate.of(2016, 3, 2), null))).received();
	}

}
