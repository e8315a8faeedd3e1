package org.kinbridge.family.registration;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverId;
import org.kinbridge.family.registration.api.RegisterCaregiver;
import org.kinbridge.family.registration.api.Sex;
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
 * Registration of caregivers by commune officers, and reading their files within one's
 * scope.
 */
@RestController
@RequestMapping("/api/families/caregivers")
public class CaregiverController {

	private static final Role[] REGISTRARS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR };

	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private final CommandGateway commands;

	private final CaregiverProjection files;

	private final TenantGuard tenant;

	private final Clock clock;

	public CaregiverController(CommandGateway commands, CaregiverProjection files, TenantGuard tenant, Clock clock) {
		this.commands = commands;
		this.files = files;
		this.tenant = tenant;
		this.clock = clock;
	}

	@PostMapping
	public ResponseEntity<Registered> register(@Valid @RequestBody RegistrationRequest request) {
		Actor actor = this.tenant.requireAnyRole(REGISTRARS);
		this.tenant.requireInScope(actor.province(), new CommuneCode(request.communeCode()));
		String caregiverId = CaregiverId.of(UUID.randomUUID()).value();
		this.commands.sendAndWait(new RegisterCaregiver(caregiverId, actor.province().value(), request.communeCode(),
				new RegisterCaregiver.Applicant(request.applicant().fullName().strip(),
						request.applicant().dateOfBirth(), request.applicant().sex()),
				request.careTypes(), request.capacity(), request.languages() == null ? List.of() : request.languages(),
				request.ethnicity(), request.religion(), request.phone(), this.clock.instant(), actor.userId(),
				actor.firstRoleOf(REGISTRARS).name()));
		return ResponseEntity.created(URI.create("/api/families/caregivers/" + caregiverId))
			.body(new Registered(caregiverId));
	}

	@GetMapping("/{caregiverId}")
	public CaregiverView get(@PathVariable String caregiverId) {
		this.tenant.requireAnyRole(READERS);
		CaregiverView file = CaregiverId.isValid(caregiverId) ? this.files.find(caregiverId).orElse(null) : null;
		if (file == null
				|| !this.tenant.canSee(new ProvinceCode(file.provinceCode()), new CommuneCode(file.communeCode()))) {
			// Another province's caregiver is "not found": its existence is not revealed.
			throw new NotFoundException("No caregiver " + caregiverId + " in your scope.");
		}
		return file;
	}

	@GetMapping
	public List<CaregiverView> list() {
		Actor actor = this.tenant.requireAnyRole(READERS);
		return this.files.list(actor.province().value(), actor.isProvinceWide() ? null : actor.commune().value());
	}

	public record RegistrationRequest(@NotNull @Valid ApplicantRequest applicant,
			@NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
			@NotEmpty List<@NotNull CareType> careTypes, @Min(1) @Max(10) int capacity,
			@Size(max = 10) List<@Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String> languages,
			@Size(max = 40) String ethnicity, @Size(max = 40) String religion,
			@Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "must be a phone number") String phone) {
	}

	public record ApplicantRequest(@NotBlank @Size(max = 120) String fullName, @NotNull @Past LocalDate dateOfBirth,
			@NotNull Sex sex) {
	}

	public record Registered(String caregiverId) {
	}

}
