package org.kinbridge.cases.intake.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A report was received and a case opened: through which channel, when it was received
 * and when recorded, by whom, in which commune, about which children and concerns.
 */
@Revision("1")
public record ReportReceived(String caseId, String caseNumber, String provinceCode, String communeCode,
		ReportChannel channel, Instant receivedAt, ReceiveReport.Reporter reporter, String summary,
		List<ReceiveReport.ReportedChild> children, String siblingGroupId, Instant recordedAt, String recordedBy,
		String recordedByRole) {
}
