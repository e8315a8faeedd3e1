package org.kinbridge.cases.intake;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake of reports (Form 01) by commune officers, chairs and collaborators. Each report
 * opens a case; cases of the same commune about a child with the same name and age are
 * flagged as possible duplicates at once.
 */
@RestController
@RequestMapping("/api/cases")
public class IntakeController {

	private static final Role[] INTAKE = { Role.COMMUNE_OFFICER, Role.COLLABORATOR, Role.COMMUNE_CHAIR };

	private final ReportIntake intake;

	private final CaseOpening opening;

	private final TenantGuard tenant;

	private final Validator validator;

	public IntakeController(ReportIntake intake, CaseOpening opening, TenantGuard tenant, Validator validator) {
		this.intake = intake;
		this.opening = opening;
		this.tenant = tenant;
		this.validator = validator;
	}

	/**
	 * The role and the commune are checked before the report is validated: validating
	 * first would answer a caller without an intake role, or one naming another
	 * province's commune, with field errors (400) that tell them about that commune,
	 * where they must get 403 and 404.
	 */
	@PostMapping("/reports")
	public ResponseEntity<Opened> receive(@RequestBody ReportRequest request) {
		Actor actor = this.tenant.requireAnyRole(INTAKE);
		if (request.communeCode() != null && request.communeCode().matches(ReportRequest.COMMUNE_CODE)) {
			this.tenant.requireInScope(actor.province(), new CommuneCode(request.communeCode()));
		}
		Set<ConstraintViolation<ReportRequest>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		ReceiveReport command = this.intake.receive(request, actor, actor.firstRoleOf(INTAKE));
		List<Opened.PossibleDuplicate> flagged = this.opening.open(command)
			.stream()
			.map((candidate) -> new Opened.PossibleDuplicate(candidate.otherCaseId(), candidate.otherCaseNumber()))
			.toList();
		return ResponseEntity.created(URI.create("/api/cases/" + command.caseId()))
			.body(new Opened(command.caseId(), command.caseNumber(), flagged));
	}

	/**
	 * @param possibleDuplicates existing cases this one may duplicate; an officer merges
	 * or keeps them apart under {@code /api/cases/{caseId}/duplicates}
	 */
	public record Opened(String caseId, String caseNumber, List<PossibleDuplicate> possibleDuplicates) {

		public record PossibleDuplicate(String caseId, String caseNumber) {
		}

	}

}
