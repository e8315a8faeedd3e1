package org.kinbridge.cases.intake;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.cases.casefile.CaseFileProjection;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake of reports by commune officers and collaborators, and reading cases within one's
 * scope. A collaborator sees only the reports they submitted.
 */
@RestController
@RequestMapping("/api/cases")
public class IntakeController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Role[] INTAKE = { Role.COMMUNE_OFFICER, Role.COLLABORATOR, Role.COMMUNE_CHAIR };

	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR, Role.COLLABORATOR };

	private final CommandGateway commands;

	private final CaseFileProjection cases;

	private final CaseNumbers caseNumbers;

	private final TenantGuard tenant;

	private final Clock clock;

	public IntakeController(CommandGateway commands, CaseFileProjection cases, CaseNumbers caseNumbers,
			TenantGuard tenant, Clock clock) {
		this.commands = commands;
		this.cases = cases;
		this.caseNumbers = caseNumbers;
		this.tenant = tenant;
		this.clock = clock;
	}

	@PostMapping("/reports")
	public ResponseEntity<Opened> receive(@Valid @RequestBody ReportRequest request) {
		Actor actor = this.tenant.requireAnyRole(INTAKE);
		this.tenant.requireInScope(actor.province(), new CommuneCode(request.communeCode()));
		String caseId = "case-" + UUID.randomUUID();
		String province = actor.province().value();
		String caseNumber = this.caseNumbers.next(province, Year.from(this.clock.instant().atZone(VIETNAM)));
		List<ReceiveReport.ReportedChild> children = request.children()
			.stream()
			.map(child -> new ReceiveReport.ReportedChild("child-" + UUID.randomUUID(), child.fullName().strip(),
					child.sex(), child.dateOfBirth(), child.estimatedAge(), child.concerns()))
			.toList();
		String siblingGroupId = children.size() > 1 ? "siblings-" + UUID.randomUUID() : null;
		ReceiveReport.Reporter reporter = request.reporter() == null || request.reporter().anonymous()
				? new ReceiveReport.Reporter(true, null, null)
				: new ReceiveReport.Reporter(false, request.reporter().name(), request.reporter().phone());
		this.commands.sendAndWait(new ReceiveReport(caseId, caseNumber, province, request.communeCode(),
				request.channel(), request.receivedAt().toInstant(), reporter, request.summary(), children,
				siblingGroupId, this.clock.instant(), actor.userId(), actor.firstRoleOf(INTAKE).name()));
		return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(new Opened(caseId, caseNumber));
	}

	@GetMapping("/{caseId}")
	public CaseSummary get(@PathVariable String caseId) {
		Actor actor = this.tenant.requireAnyRole(READERS);
		CaseSummary found = this.cases.find(caseId).orElse(null);
		if (found == null
				|| !this.tenant.canSee(new ProvinceCode(found.provinceCode()), new CommuneCode(found.communeCode()))
				|| !collaboratorsSeeOnlyTheirOwn(actor, found)) {
			// Another province's case is "not found": its existence is not revealed.
			throw new NotFoundException("No case " + caseId + " in your scope.");
		}
		return found;
	}

	@GetMapping
	public List<CaseSummary> list() {
		Actor actor = this.tenant.requireAnyRole(READERS);
		return this.cases.list(actor.province().value(), actor.isProvinceWide() ? null : actor.commune().value())
			.stream()
			.filter(found -> collaboratorsSeeOnlyTheirOwn(actor, found))
			.toList();
	}

	private static boolean collaboratorsSeeOnlyTheirOwn(Actor actor, CaseSummary found) {
		boolean onlyCollaborator = actor.roles().size() == 1 && actor.hasRole(Role.COLLABORATOR);
		return !onlyCollaborator || actor.userId().equals(found.recordedBy());
	}

	public record ReportRequest(@NotNull ReportChannel channel, @NotNull @PastOrPresent OffsetDateTime receivedAt,
			@Valid ReporterRequest reporter,
			@NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
			@Size(max = 4000) String summary, @NotEmpty @Size(max = 12) List<@NotNull @Valid ChildRequest> children) {
	}

	public record ReporterRequest(boolean anonymous, @Size(max = 120) String name,
			@Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "must be a phone number") String phone) {
	}

	public record ChildRequest(@NotBlank @Size(max = 120) String fullName, @NotNull Sex sex,
			@PastOrPresent LocalDate dateOfBirth, @Min(0) @Max(17) Integer estimatedAge,
			@NotEmpty List<@NotNull Concern> concerns) {

		@AssertTrue(message = "give the date of birth or an estimated age")
		public boolean isAgeKnown() {
			return this.dateOfBirth != null || this.estimatedAge != null;
		}

	}

	public record Opened(String caseId, String caseNumber) {
	}

}
