package org.kinbridge.cases.reading;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.NotFoundException;
import org.kinbridge.platform.web.ProblemTypes;
import org.kinbridge.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case as the commune knew it at an instant, rebuilt from the case's events (see
 * {@link CaseHistory}). For the staff who work the case and for auditors; a collaborator,
 * who sees only the report they made, does not get its history.
 */
@RestController
@RequestMapping("/api/cases")
public class CaseAsOfController {

	static final String ENDPOINT = "GET /api/cases/{caseId}/as-of";

	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private final CaseHistory history;

	private final CaseReader reader;

	private final TenantGuard tenant;

	public CaseAsOfController(CaseHistory history, CaseReader reader, TenantGuard tenant) {
		this.history = history;
		this.reader = reader;
		this.tenant = tenant;
	}

	/**
	 * @param at an RFC 3339 instant with its offset, e.g.
	 * {@code 2026-11-28T09:00:00+07:00} (encode {@code +} as {@code %2B}; an unencoded
	 * one arrives as a space and is read as {@code +})
	 */
	@GetMapping("/{caseId}/as-of")
	public CaseAsOf asOf(@PathVariable String caseId, @RequestParam(required = false) String at) {
		this.tenant.requireAnyRole(READERS);
		Instant instant = instantOf(at);
		Optional<CaseAsOf> asItWas = this.history.asOf(caseId, instant);
		if (asItWas.isEmpty()) {
			throw notYetRecorded(caseId, instant);
		}
		return this.reader.showAsOf(asItWas.get(), ENDPOINT, AccessPurpose.AS_OF_VIEW);
	}

	/**
	 * Only a caller who may know the case learns that it did not exist yet; anyone else
	 * gets the same 404 as for a case that does not exist.
	 */
	private RuntimeException notYetRecorded(String caseId, Instant at) {
		if (!this.reader.mayKnowOf(caseId)) {
			return new NotFoundException("No case " + caseId + " in the caller's scope");
		}
		String first = this.history.firstRecorded(caseId).map(Instant::toString).orElse("later");
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found",
				"The case was not recorded yet at " + at + "; its first event was recorded at " + first + ".");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	static Instant instantOf(String at) {
		if (at == null || at.isBlank()) {
			throw badInstant("is required: an RFC 3339 instant such as 2026-11-28T09:00:00+07:00");
		}
		// A '+' that was not percent-encoded arrives as a space.
		String text = at.strip().replace(' ', '+');
		try {
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw badInstant("must be an RFC 3339 instant with an offset, such as 2026-11-28T09:00:00+07:00");
		}
	}

	private static ErrorResponseException badInstant(String message) {
		ProblemDetail problem = Problems.validation("The instant 'at' " + message + ".",
				List.of(new Problems.FieldError("at", message)));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

}
