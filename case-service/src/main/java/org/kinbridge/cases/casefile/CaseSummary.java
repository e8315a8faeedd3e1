package org.kinbridge.cases.casefile;

import java.time.Instant;
import java.util.List;

import org.kinbridge.cases.intake.api.ReceiveReport;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as officers list and open it: the read model kept by {@link CaseFileProjection}.
 */
@Document("cases")
public record CaseSummary(@Id String caseId, String caseNumber, String provinceCode, String communeCode, String channel,
		Instant receivedAt, ReceiveReport.Reporter reporter, String summary, List<ReceiveReport.ReportedChild> children,
		String siblingGroupId, String status, Instant recordedAt, String recordedBy) {
}
