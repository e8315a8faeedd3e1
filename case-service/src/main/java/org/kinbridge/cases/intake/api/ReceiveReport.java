package org.kinbridge.cases.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record a report about one or more children (Form 01) and open a case for it. */
public record ReceiveReport(String caseId, String caseNumber, String provinceCode, String communeCode,
		ReportChannel channel, Instant receivedAt, Reporter reporter, String summary, List<ReportedChild> children,
		String siblingGroupId, Instant recordedAt, String recordedBy, String recordedByRole) {

	/** Who reported; an anonymous report keeps no name or phone. */
	public record Reporter(boolean anonymous, String name, String phone) {
	}

	public record ReportedChild(String childId, String fullName, Sex sex, LocalDate dateOfBirth, Integer estimatedAge,
			List<Concern> concerns) {
	}

}
