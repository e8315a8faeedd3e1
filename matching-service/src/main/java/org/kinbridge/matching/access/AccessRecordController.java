package org.kinbridge.matching.access;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.audit.AccessRecord;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who read the province's waiting children, caregivers, shortlists and placements in
 * matching-service, newest first; for the province's auditors, as in the other services.
 */
@RestController
@RequestMapping("/api/matching")
public class AccessRecordController {

	static final String TOTAL_COUNT = "X-Total-Count";

	private static final Role[] AUDITORS = { Role.AUDITOR };

	private final AccessLog accessLog;

	private final TenantGuard tenant;

	public AccessRecordController(AccessLog accessLog, TenantGuard tenant) {
		this.accessLog = accessLog;
		this.tenant = tenant;
	}

	/**
	 * @param subjectType only reads of this kind of record
	 * @param subjectId only reads of this need, shortlist, placement or caregiver
	 * @param userId only reads by this user
	 */
	@GetMapping("/access-records")
	public ResponseEntity<List<MatchingAccessRecord>> accessRecords(
			@RequestParam(required = false) @Pattern(regexp = "(" + ReadSubjects.ANY + ")?",
					message = "must be one of " + ReadSubjects.ANY) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String userId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		Actor actor = this.tenant.requireAnyRole(AUDITORS);
		Page<AccessRecord> found = this.accessLog.find(actor.province().value(), blankToNull(subjectType),
				blankToNull(subjectId), blankToNull(userId), page, size);
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, Long.toString(found.getTotalElements()))
			.body(found.getContent().stream().map(MatchingAccessRecord::of).toList());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
