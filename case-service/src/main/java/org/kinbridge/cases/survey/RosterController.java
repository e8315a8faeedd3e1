package org.kinbridge.cases.survey;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.cases.survey.api.AddHamlet;
import org.kinbridge.cases.survey.api.CoverHamlets;
import org.kinbridge.cases.survey.api.EndCollaboratorService;
import org.kinbridge.cases.survey.api.EnlistCollaborator;
import org.kinbridge.cases.survey.api.HamletKind;
import org.kinbridge.cases.survey.api.RetireHamlet;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A commune's hamlets and its roster of collaborators, kept by the commune's officers (or
 * the province's). Changes answer at once; the lists follow a moment later.
 */
@RestController
@RequestMapping("/api/cases/communes/{communeCode}")
public class RosterController {

	static final String COMMUNE_CODE = "\\d{5}";

	static final String COMMUNE_CODE_MESSAGE = "must be a 5-digit commune code";

	static final String HAMLET_CODE = "[A-Z0-9][A-Z0-9_-]{0,19}";

	static final String HAMLET_CODE_MESSAGE = "must be 1 to 20 upper-case letters, digits, _ or -, such as PHU_HUNG";

	/** Who keeps the roster, in the order in which the acting role is recorded. */
	static final Role[] KEEPERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER };

	private static final Role[] HAMLET_READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.COLLABORATOR, Role.AUDITOR };

	private static final Role[] ROSTER_READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private final CommandGateway commands;

	private final CommuneScope communes;

	private final RosterProjection roster;

	public RosterController(CommandGateway commands, CommuneScope communes, RosterProjection roster) {
		this.commands = commands;
		this.communes = communes;
		this.roster = roster;
	}

	@GetMapping("/hamlets")
	public List<HamletView> hamlets(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode) {
		this.communes.require(communeCode, HAMLET_READERS);
		return this.roster.hamlets(communeCode);
	}

	@PostMapping("/hamlets")
	public ResponseEntity<HamletAnswer> addHamlet(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@Valid @RequestBody HamletRequest request) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, KEEPERS);
		this.commands.sendAndWait(new AddHamlet(commune.provinceCode(), communeCode, request.code(),
				request.name().strip(), request.kind(), commune.by()));
		return ResponseEntity.created(URI.create("/api/cases/communes/" + communeCode + "/hamlets/" + request.code()))
			.body(new HamletAnswer(communeCode, request.code(), HamletView.ACTIVE));
	}

	@PostMapping("/hamlets/{hamletCode}/retire")
	public HamletAnswer retireHamlet(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@PathVariable @Pattern(regexp = HAMLET_CODE, message = HAMLET_CODE_MESSAGE) String hamletCode,
			@Valid @RequestBody ReasonRequest request) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, KEEPERS);
		this.commands.sendAndWait(new RetireHamlet(communeCode, hamletCode, request.reason().strip(), commune.by()));
		return new HamletAnswer(communeCode, hamletCode, HamletView.RETIRED);
	}

	@GetMapping("/collaborators")
	public List<CollaboratorView> collaborators(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode) {
		this.communes.require(communeCode, ROSTER_READERS);
		return this.roster.collaborators(communeCode);
	}

	@PostMapping("/collaborators")
	public ResponseEntity<CollaboratorAnswer> enlist(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@Valid @RequestBody CollaboratorRequest request) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, KEEPERS);
		String collaboratorId = "collaborator-" + UUID.randomUUID();
		this.commands.sendAndWait(new EnlistCollaborator(commune.provinceCode(), communeCode, collaboratorId,
				request.fullName().strip(), blankToNull(request.phone()), blankToNull(request.userId()),
				request.hamletCodes(), request.activeFrom(), request.activeUntil(), commune.by()));
		return ResponseEntity
			.created(URI.create("/api/cases/communes/" + communeCode + "/collaborators/" + collaboratorId))
			.body(new CollaboratorAnswer(collaboratorId, CollaboratorView.ACTIVE));
	}

	@PutMapping("/collaborators/{collaboratorId}/hamlets")
	public CollaboratorAnswer cover(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@PathVariable String collaboratorId, @Valid @RequestBody CoverageRequest request) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, KEEPERS);
		this.commands.sendAndWait(new CoverHamlets(communeCode, collaboratorId, request.hamletCodes(),
				request.reason().strip(), commune.by()));
		return new CollaboratorAnswer(collaboratorId, CollaboratorView.ACTIVE);
	}

	@PostMapping("/collaborators/{collaboratorId}/end-service")
	public CollaboratorAnswer endService(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@PathVariable String collaboratorId, @Valid @RequestBody EndServiceRequest request) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, KEEPERS);
		this.commands.sendAndWait(new EndCollaboratorService(communeCode, collaboratorId, request.lastDay(),
				request.reason().strip(), commune.by()));
		return new CollaboratorAnswer(collaboratorId, CollaboratorView.ENDED);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public record HamletRequest(@NotNull @Pattern(regexp = HAMLET_CODE, message = HAMLET_CODE_MESSAGE) String code,
			@NotBlank @Size(max = 120) String name, @NotNull HamletKind kind) {
	}

	public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
	}

	/**
	 * @param userId the token subject of the collaborator's own account (role
	 * COLLABORATOR), when they have one
	 * @param activeUntil the planned end of service, when there is one
	 */
	public record CollaboratorRequest(@NotBlank @Size(max = 120) String fullName,
			@Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "must be a phone number") String phone,
			@Size(max = 120) String userId,
			@NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = HAMLET_CODE,
					message = HAMLET_CODE_MESSAGE) String> hamletCodes,
			@NotNull LocalDate activeFrom, LocalDate activeUntil) {
	}

	public record CoverageRequest(@NotEmpty @Size(
			max = 30) List<@NotNull @Pattern(regexp = HAMLET_CODE, message = HAMLET_CODE_MESSAGE) String> hamletCodes,
			@NotBlank @Size(max = 1000) String reason) {
	}

	/**
	 * @param lastDay the collaborator's last day of service
	 */
	public record EndServiceRequest(@NotNull LocalDate lastDay, @NotBlank @Size(max = 1000) String reason) {
	}

	public record HamletAnswer(String communeCode, String hamletCode, String status) {
	}

	public record CollaboratorAnswer(String collaboratorId, String status) {
	}

}
