package org.kinbridge.family.standing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kinbridge.family.caregiver.CaregiverCommands;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.standing.api.ReinstateCaregiver;
import org.kinbridge.family.standing.api.RemovalReason;
import org.kinbridge.family.standing.api.RemoveCaregiver;
import org.kinbridge.family.standing.api.SuspendCaregiver;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A caregiver's standing on the commune register: suspended at once by an officer or the
 * chair when there is a concern; reinstated or removed by the chair.
 */
@RestController
@RequestMapping("/api/families/caregivers/{caregiverId}")
public class StandingController {

	/** Suspension protects children, so whoever learns of a concern can act at once. */
	private static final Role[] SUSPENDERS = { Role.COMMUNE_CHAIR, Role.COMMUNE_OFFICER };

	private static final Role[] CHAIR = { Role.COMMUNE_CHAIR };

	private final CaregiverCommands commands;

	public StandingController(CaregiverCommands commands) {
		this.commands = commands;
	}

	@PostMapping("/suspension")
	public CaregiverStatus suspend(@PathVariable String caregiverId, @Valid @RequestBody Reasoned request) {
		return this.commands.send(caregiverId, SUSPENDERS,
				by -> new SuspendCaregiver(caregiverId, request.reason().strip(), request.legalBasis().strip(), by));
	}

	@PostMapping("/reinstatement")
	public CaregiverStatus reinstate(@PathVariable String caregiverId, @Valid @RequestBody Reasoned request) {
		return this.commands.send(caregiverId, CHAIR,
				by -> new ReinstateCaregiver(caregiverId, request.reason().strip(), request.legalBasis().strip(), by));
	}

	@PostMapping("/removal")
	public CaregiverStatus remove(@PathVariable String caregiverId, @Valid @RequestBody RemovalRequest request) {
		return this.commands.send(caregiverId, CHAIR,
				by -> new RemoveCaregiver(caregiverId, request.reason(),
						(request.details() == null || request.details().isBlank()) ? null : request.details().strip(),
						request.legalBasis().strip(), by));
	}

	public record Reasoned(@NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 500) String legalBasis) {
	}

	public record RemovalRequest(@NotNull RemovalReason reason, @Size(max = 2000) String details,
			@NotBlank @Size(max = 500) String legalBasis) {

		@AssertTrue(message = "say why the caregiver is removed when the reason is OTHER")
		public boolean isDetailsGivenForOther() {
			return this.reason != RemovalReason.OTHER || (this.details != null && !this.details.isBlank());
		}

	}

}
