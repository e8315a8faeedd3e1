package org.kinbridge.cases.intake.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A report was received and a case opened (Form 01): through which channel, when it was
 * received and when recorded, by whom, in which commune, who reported and how they know
 * the children, and for each child who they are, where they live, where the incident
 * happened, the concerns and the special circumstances.
 */
@Revision("1")
public record ReportReceived(String caseId, String caseNumber, String provinceCode, String communeCode,
		ReportChannel channel, Instant receivedAt, ReceiveReport.Reporter reporter, String summary,
		List<ReceiveReport.ReportedChild> children, String siblingGroupId, Instant recordedAt, String recordedBy,
		String recordedByRole) {
}
