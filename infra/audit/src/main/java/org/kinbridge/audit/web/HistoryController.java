package org.kinbridge.audit.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Pattern;
import org.kinbridge.audit.events.PublishedEvents;
import org.kinbridge.audit.events.StoredEvent;
import org.kinbridge.audit.history.History;
import org.kinbridge.audit.history.HistoryBuilder;
import org.kinbridge.audit.history.HistoryEntry;
import org.kinbridge.audit.verification.DecisionVerifier;
import org.kinbridge.audit.verification.Verification;
import org.kinbridge.auditlog.document.DocumentSigner;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.audit.AccessLog.Shown;
import org.kinbridge.platform.export.ExportResponses;
import org.kinbridge.platform.export.ExportTable;
import org.kinbridge.platform.export.PdfExport;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The history of a case or a caregiver across the three services, its verification
 * against the signed log, and its signed export. Every read is recorded in the access log
 * before the answer leaves.
 */
@RestController
@RequestMapping("/api/audit")
public class HistoryController {

	private static final String PURPOSE = "audit";

	private final Auditors auditors;

	private final PublishedEvents events;

	private final HistoryBuilder histories;

	private final DecisionVerifier verifier;

	private final DocumentSigner signer;

	private final AccessLog accessLog;

	private final ObjectMapper json;

	private final Clock clock;

	public HistoryController(Auditors auditors, PublishedEvents events, HistoryBuilder histories,
			DecisionVerifier verifier, DocumentSigner signer, AccessLog accessLog, ObjectMapper json, Clock clock) {
		this.auditors = auditors;
		this.events = events;
		this.histories = histories;
		this.verifier = verifier;
		this.signer = signer;
		this.accessLog = accessLog;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/cases/{caseId}/history")
	public CaseHistory caseHistory(@PathVariable String caseId) {
		Auditor auditor = this.auditors.current();
		History history = read(auditor, "case", caseId, this.events.aboutCase(caseId, auditor.provinces()),
				"GET /api/audit/cases/{caseId}/history");
		return new CaseHistory(caseId, history.provinceCode(), history.entries());
	}

	@GetMapping("/caregivers/{caregiverId}/history")
	public CaregiverHistory caregiverHistory(@PathVariable String caregiverId) {
		Auditor auditor = this.auditors.current();
		History history = read(auditor, "caregiver", caregiverId,
				this.events.aboutCaregiver(caregiverId, auditor.provinces()),
				"GET /api/audit/caregivers/{caregiverId}/history");
		return new CaregiverHistory(caregiverId, history.provinceCode(), history.entries());
	}

	@GetMapping("/cases/{caseId}/verification")
	public Verification caseVerification(@PathVariable String caseId) {
		Auditor auditor = this.auditors.current();
		List<StoredEvent> found = this.events.aboutCase(caseId, auditor.provinces());
		History history = read(auditor, "case", caseId, found, "GET /api/audit/cases/{caseId}/verification");
		return this.verifier.verify(history.provinceCode(), found);
	}

	@GetMapping("/cases/{caseId}/export")
	public ResponseEntity<byte[]> caseExport(@PathVariable String caseId,
			@RequestParam(defaultValue = "json") @Pattern(regexp = "json|pdf",
					message = "must be json or pdf") String format) {
		Auditor auditor = this.auditors.current();
		List<StoredEvent> found = this.events.aboutCase(caseId, auditor.provinces());
		History history = read(auditor, "case", caseId, found, "GET /api/audit/cases/{caseId}/export");
		Verification verification = this.verifier.verify(history.provinceCode(), found);
		String baseName = "case-" + caseId.replaceAll("[^A-Za-z0-9-]", "_") + "-audit";
		if ("pdf".equals(format)) {
			byte[] pdf = this.signer.signPdf(PdfExport.toBytes(table(caseId, auditor, history, verification)));
			return attachment(pdf, MediaType.APPLICATION_PDF, baseName + ".pdf");
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("kind", "kinbridge.audit.case-history.v1");
		document.put("caseId", caseId);
		document.put("provinceCode", history.provinceCode());
		document.put("exportedAt", this.clock.instant().toString());
		document.put("exportedBy", auditor.actor().userId());
		document.put("entries", history.entries());
		document.put("verification", verification);
		try {
			byte[] signed = this.signer.signJson(this.json.writeValueAsString(document));
			return attachment(signed, MediaType.APPLICATION_JSON, baseName + ".json");
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("the export of case " + caseId + " cannot be written", ex);
		}
	}

	private History read(Auditor auditor, String subjectType, String id, List<StoredEvent> found, String endpoint) {
		if (found.isEmpty()) {
			throw new NotFoundException(subjectType + " " + id + " has no events the auditor may read");
		}
		History history = this.histories.history(id, found);
		Map<String, Shown> shown = new LinkedHashMap<>();
		for (HistoryEntry entry : history.entries()) {
			shown.putIfAbsent(entry.provinceCode(), new Shown(id, null, entry.provinceCode(), entry.communeCode()));
		}
		this.accessLog.recordReads(subjectType, auditor.actor(), Role.AUDITOR, new ArrayList<>(shown.values()),
				endpoint, PURPOSE);
		return history;
	}

	private ExportTable table(String caseId, Auditor auditor, History history, Verification verification) {
		Map<String, Boolean> included = new LinkedHashMap<>();
		verification.entries().forEach((entry) -> included.put(entry.eventId(), entry.included()));
		List<List<String>> rows = new ArrayList<>();
		for (HistoryEntry entry : history.entries()) {
			rows.add(List.of(Long.toString(entry.position()), String.valueOf(entry.time()), entry.type(),
					(entry.actor() != null) ? entry.actor().userId() + " (" + entry.actor().role() + ")" : "",
					(entry.reason() != null) ? entry.reason() : "",
					(entry.legalBasis() != null) ? entry.legalBasis() : "",
					(entry.leafIndex() != null) ? entry.leafIndex().toString() : "", entry.decision()
							? (Boolean.TRUE.equals(included.get(entry.eventId())) ? "có / yes" : "không / no") : ""));
		}
		String checkpoint = (verification.checkpoint() != null)
				? verification.checkpoint().origin() + ", " + verification.checkpoint().treeSize() + " entries, root "
						+ verification.checkpoint().rootHash() + ", " + verification.checkpoint().time()
				: "no signed checkpoint yet";
		return new ExportTable("Lịch sử vụ việc / Case history " + caseId,
				List.of("Tỉnh / Province " + history.provinceCode(), "Checkpoint: " + checkpoint,
						"Verified / Đã xác minh: " + verification.verified(),
						"Exported " + this.clock.instant() + " by " + auditor.actor().userId()),
				List.of("#", "Time", "Event", "Actor", "Reason", "Legal basis", "Leaf", "Included"), rows,
				"Signed with the key " + this.signer.keyName() + "; check: java -jar kinbridge-audit-verify.jar"
						+ " verify-document --document <this file> --public-key audit-public-key.pem");
	}

	private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportResponses.contentDisposition(fileName))
			.body(body);
	}

	/**
	 * A case's history.
	 *
	 * @param caseId the case
	 * @param provinceCode its province
	 * @param entries its events in order
	 */
	public record CaseHistory(String caseId, String provinceCode, List<HistoryEntry> entries) {
	}

	/**
	 * A caregiver's history.
	 *
	 * @param caregiverId the caregiver
	 * @param provinceCode their province
	 * @param entries their events in order
	 */
	public record CaregiverHistory(String caregiverId, String provinceCode, List<HistoryEntry> entries) {
	}

}
