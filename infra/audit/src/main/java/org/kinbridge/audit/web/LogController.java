package org.kinbridge.audit.web;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.kinbridge.audit.checkpoint.Checkpoints;
import org.kinbridge.audit.checkpoint.StoredCheckpoint;
import org.kinbridge.audit.events.PublishedEvents;
import org.kinbridge.audit.events.StoredEvent;
import org.kinbridge.audit.ledger.ProvinceLogs;
import org.kinbridge.audit.verification.LogExports;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.export.ProofFiles;
import org.kinbridge.auditlog.export.ProofFiles.ConsistencyProofFile;
import org.kinbridge.auditlog.export.ProofFiles.InclusionProofFile;
import org.kinbridge.auditlog.log.AuditLog;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.audit.AccessLog.Shown;
import org.kinbridge.platform.export.ExportResponses;
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
 * A province log as the verifier jar reads it: its signed checkpoints, its events as JSON
 * Lines, and inclusion and consistency proofs in the verifier's file format.
 */
@RestController
@RequestMapping("/api/audit/logs/{provinceCode}")
public class LogController {

	private static final String SUBJECT_TYPE = "audit-log";

	private static final String PROVINCE_CODE = "\\d{2}";

	private static final String PROVINCE_MESSAGE = "must be a two-digit province code";

	private final Auditors auditors;

	private final Checkpoints checkpoints;

	private final ProvinceLogs logs;

	private final PublishedEvents events;

	private final LogExports exports;

	private final AccessLog accessLog;

	public LogController(Auditors auditors, Checkpoints checkpoints, ProvinceLogs logs, PublishedEvents events,
			LogExports exports, AccessLog accessLog) {
		this.auditors = auditors;
		this.checkpoints = checkpoints;
		this.logs = logs;
		this.events = events;
		this.exports = exports;
		this.accessLog = accessLog;
	}

	@GetMapping("/checkpoints")
	public List<StoredCheckpoint> checkpoints(
			@PathVariable @Pattern(regexp = PROVINCE_CODE, message = PROVINCE_MESSAGE) String provinceCode) {
		read(provinceCode, "GET /api/audit/logs/{provinceCode}/checkpoints");
		return this.checkpoints.all(provinceCode);
	}

	@GetMapping("/checkpoints/latest")
	public StoredCheckpoint latestCheckpoint(
			@PathVariable @Pattern(regexp = PROVINCE_CODE, message = PROVINCE_MESSAGE) String provinceCode) {
		read(provinceCode, "GET /api/audit/logs/{provinceCode}/checkpoints/latest");
		return this.checkpoints.latest(provinceCode)
			.orElseThrow(() -> new NotFoundException("no checkpoint of province " + provinceCode));
	}

	@GetMapping("/export")
	public ResponseEntity<String> export(
			@PathVariable @Pattern(regexp = PROVINCE_CODE, message = PROVINCE_MESSAGE) String provinceCode) {
		read(provinceCode, "GET /api/audit/logs/{provinceCode}/export");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ExportResponses.contentDisposition("province-" + provinceCode + "-events.jsonl"))
			.body(this.exports.jsonLines(provinceCode));
	}

	@GetMapping(path = "/proofs/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
	public String inclusionProof(
			@PathVariable @Pattern(regexp = PROVINCE_CODE, message = PROVINCE_MESSAGE) String provinceCode,
			@RequestParam @NotBlank(message = "must name an event") String eventId,
			@RequestParam(required = false) @Min(value = 1, message = "must be at least 1") Long treeSize) {
		read(provinceCode, "GET /api/audit/logs/{provinceCode}/proofs/inclusion");
		StoredEvent event = this.events.find(eventId)
			.filter((found) -> found.province().equals(provinceCode) && found.leafIndex() != null)
			.orElseThrow(() -> new NotFoundException("event " + eventId + " is not in the log of " + provinceCode));
		AuditLog log = this.logs.log(provinceCode);
		long size = (treeSize != null) ? treeSize : latestSize(provinceCode);
		if (size > log.size()) {
			throw new InvalidAuditRequest("treeSize", "must be at most the log's size, " + log.size());
		}
		if (event.leafIndex() >= size) {
			throw new InvalidAuditRequest("treeSize",
					"must be more than the event's log index " + event.leafIndex() + " for the event to be included");
		}
		return ProofFiles.inclusionJson(new InclusionProofFile(LogOrigin.forProvince(provinceCode), eventId,
				log.leafHash(event.leafIndex()), log.inclusionProof(event.leafIndex(), size)));
	}

	@GetMapping(path = "/proofs/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
	public String consistencyProof(
			@PathVariable @Pattern(regexp = PROVINCE_CODE, message = PROVINCE_MESSAGE) String provinceCode,
			@RequestParam @Min(value = 1, message = "must be at least 1") long first,
			@RequestParam @Min(value = 1, message = "must be at least 1") long second) {
		read(provinceCode, "GET /api/audit/logs/{provinceCode}/proofs/consistency");
		AuditLog log = this.logs.log(provinceCode);
		if (second > log.size()) {
			throw new InvalidAuditRequest("second", "must be at most the log's size, " + log.size());
		}
		if (first > second) {
			throw new InvalidAuditRequest("first", "must not be more than second");
		}
		return ProofFiles.consistencyJson(
				new ConsistencyProofFile(LogOrigin.forProvince(provinceCode), log.consistencyProof(first, second)));
	}

	private long latestSize(String provinceCode) {
		return this.checkpoints.latest(provinceCode)
			.map(StoredCheckpoint::treeSize)
			.orElseThrow(() -> new InvalidAuditRequest("treeSize",
					"is needed while the log of " + provinceCode + " has no checkpoint"));
	}

	private void read(String provinceCode, String endpoint) {
		Auditor auditor = this.auditors.current();
		auditor.requireReads(provinceCode);
		this.accessLog.recordReads(SUBJECT_TYPE, auditor.actor(), Role.AUDITOR,
				List.of(new Shown(LogOrigin.forProvince(provinceCode).value(), null, provinceCode, null)), endpoint,
				"audit");
	}

}
