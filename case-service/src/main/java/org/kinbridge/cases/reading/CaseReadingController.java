package org.kinbridge.cases.reading;

import java.time.Clock;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinbridge.cases.casefile.CaseState;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.audit.AccessRecord;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading cases: open one, list a caseload, search by case number or name, and, for
 * auditors, see who read what. Every case shown is recorded in the access log.
 */
@RestController
@RequestMapping("/api/cases")
public class CaseReadingController {

	static final String TOTAL_COUNT = "X-Total-Count";

	/**
	 * Who read which child's file is itself personal data about both, and checking it is
	 * the auditor's job alone (the same in every service).
	 */
	private static final Role[] AUDITORS = { Role.AUDITOR };

	private final CaseReader reader;

	private final CaseQueries queries;

	private final AccessLog accessLog;

	private final TenantGuard tenant;

	private final Clock clock;

	public CaseReadingController(CaseReader reader, CaseQueries queries, AccessLog accessLog, TenantGuard tenant,
			Clock clock) {
		this.reader = reader;
		this.queries = queries;
		this.accessLog = accessLog;
		this.tenant = tenant;
		this.clock = clock;
	}

	@GetMapping("/{caseId}")
	public CaseSummary get(@PathVariable String caseId) {
		return this.reader.openIncludingHandedOver(caseId, "GET /api/cases/{caseId}", AccessPurpose.CASE_VIEW);
	}

	/**
	 * The caller's caseload, cases with an overdue time limit first.
	 * @param commune only this commune
	 * @param officer only cases this officer recorded or handles
	 * @param status only cases at this step
	 */
	@GetMapping
	public ResponseEntity<List<CaseSummary>> caseload(
			@RequestParam(required = false) @Pattern(regexp = "\\d{5}",
					message = "must be a 5-digit commune code") String commune,
			@RequestParam(required = false) @Size(max = 120) String officer,
			@RequestParam(required = false) CaseState status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		Page<CaseSummary> found = this.queries.caseload(this.reader.scope(),
				new CaseQueries.Caseload(commune, officer, (status != null) ? status.name() : null),
				this.clock.instant(), page, size);
		return page(this.reader.shown(found.items(), "GET /api/cases", AccessPurpose.CASELOAD), found);
	}

	/**
	 * @param caseNumber an exact case number such as {@code 91-2026-000042}
	 * @param name words of a child's name, with or without diacritics
	 */
	@GetMapping("/search")
	public ResponseEntity<List<CaseSummary>> search(
			@RequestParam(required = false) @Pattern(regexp = "\\d{2}-\\d{4}-\\d{6}",
					message = "must be a case number such as 91-2026-000042") String caseNumber,
			@RequestParam(required = false) @Size(max = 120) String name,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		if ((caseNumber == null || caseNumber.isBlank()) && (name == null || name.isBlank())) {
			ProblemDetail problem = Problems.validation("Give a case number or a name to search for.",
					List.of(new Problems.FieldError("name", "give a case number or a name to search for")));
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		}
		Page<CaseSummary> found = this.queries.search(this.reader.scope(), blankToNull(caseNumber), blankToNull(name),
				page, size);
		return page(this.reader.shown(found.items(), "GET /api/cases/search", AccessPurpose.SEARCH), found);
	}

	/**
	 * Who read the province's cases, newest first; for auditors only.
	 * @param caseId only reads of this case
	 * @param userId only reads by this user
	 */
	@GetMapping("/access-records")
	public ResponseEntity<List<CaseAccessRecord>> accessRecords(@RequestParam(required = false) String caseId,
			@RequestParam(required = false) String userId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		Actor actor = this.tenant.requireAnyRole(AUDITORS);
		org.springframework.data.domain.Page<AccessRecord> found = this.accessLog.find(actor.province().value(),
				this.accessLog.subjectType(), blankToNull(caseId), blankToNull(userId), page, size);
		return page(found.getContent().stream().map(CaseAccessRecord::of).toList(), found.getTotalElements());
	}

	private static <T> ResponseEntity<List<T>> page(List<T> items, Page<?> page) {
		return page(items, page.total());
	}

	private static <T> ResponseEntity<List<T>> page(List<T> items, long total) {
		return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(total)).body(items);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
