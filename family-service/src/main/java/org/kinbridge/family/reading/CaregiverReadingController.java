package org.kinbridge.family.reading;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.kinbridge.family.caregiver.CaregiverState;
import org.kinbridge.family.outreach.OutreachReader;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.audit.AccessRecord;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading caregivers: lists by state, one caregiver's file with its vetting history,
 * evidence about to expire, and, for auditors, who read what. Every caregiver shown is
 * recorded in the access log.
 */
@RestController
@RequestMapping("/api/families")
public class CaregiverReadingController {

	static final String TOTAL_COUNT = "X-Total-Count";

	/** The kind of record this service's access log is named after. */
	private static final String CAREGIVER = "caregiver";

	private static final Role[] AUDITORS = { Role.AUDITOR };

	private final CaregiverReader reader;

	private final AccessLog accessLog;

	private final TenantGuard tenant;

	public CaregiverReadingController(CaregiverReader reader, AccessLog accessLog, TenantGuard tenant) {
		this.reader = reader;
		this.accessLog = accessLog;
		this.tenant = tenant;
	}

	/**
	 * The caregivers in the caller's scope, the earliest registered first.
	 * @param state only caregivers in this state
	 * @param commune only this commune
	 */
	@GetMapping("/caregivers")
	public ResponseEntity<List<CaregiverSummary>> list(@RequestParam(required = false) CaregiverState state,
			@RequestParam(required = false) @Pattern(regexp = "\\d{5}",
					message = "must be a 5-digit commune code") String commune,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
		Page<CaregiverSummary> found = this.reader.list(this.reader.scope(commune),
				(state != null) ? state.name() : null, page, size, "GET /api/families/caregivers");
		return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(found.total())).body(found.items());
	}

	@GetMapping("/caregivers/{caregiverId}")
	public CaregiverFileView get(@PathVariable String caregiverId) {
		return this.reader.open(caregiverId, "GET /api/families/caregivers/{caregiverId}");
	}

	/**
	 * Checks in force whose evidence ends within {@code withinDays} (the province's
	 * warning period by default) or has ended, the soonest first: these caregivers need
	 * re-verification.
	 */
	@GetMapping("/evidence/expiring")
	public List<ExpiringEvidence> expiring(@RequestParam(required = false) @Min(0) @Max(366) Integer withinDays,
			@RequestParam(required = false) @Pattern(regexp = "\\d{5}",
					message = "must be a 5-digit commune code") String commune) {
		return this.reader.expiring(this.reader.scope(commune), withinDays, "GET /api/families/evidence/expiring");
	}

	/**
	 * Who read the province's caregivers, or the people interested in becoming one,
	 * newest first; for auditors.
	 * @param subjectType {@code caregiver} (the default) or {@code interested-person}
	 * @param caregiverId only reads of this caregiver
	 * @param subjectId only reads of this caregiver or interested person
	 * @param userId only reads by this user
	 */
	@GetMapping("/access-records")
	public ResponseEntity<List<CaregiverAccessRecord>> accessRecords(
			@RequestParam(defaultValue = CAREGIVER) @Pattern(
					regexp = CAREGIVER + "|" + OutreachReader.INTERESTED_PERSON,
					message = "must be " + CAREGIVER + " or " + OutreachReader.INTERESTED_PERSON) String subjectType,
			@RequestParam(required = false) String caregiverId, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String userId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		Actor actor = this.tenant.requireAnyRole(AUDITORS);
		String subject = (blankToNull(subjectId) != null) ? blankToNull(subjectId) : blankToNull(caregiverId);
		org.springframework.data.domain.Page<AccessRecord> found = this.accessLog.find(actor.province().value(),
				subjectType, subject, blankToNull(userId), page, size);
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, Long.toString(found.getTotalElements()))
			.body(found.getContent().stream().map(CaregiverAccessRecord::of).toList());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
