package org.kinbridge.family.registration;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.kinbridge.family.caregiver.CaregiverCommands;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.caregiver.api.CaregiverId;
import org.kinbridge.family.communes.CommuneScope;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration of caregivers (Form 08) and relatives' kinship notifications, taken in by
 * the officers of the commune where the caregiver lives.
 */
@RestController
@RequestMapping("/api/families/caregivers")
public class RegistrationController {

	private static final Role[] REGISTRARS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR };

	private final CaregiverCommands commands;

	private final CommuneScope communes;

	public RegistrationController(CaregiverCommands commands, CommuneScope communes) {
		this.commands = commands;
		this.communes = communes;
	}

	@PostMapping
	public ResponseEntity<Registered> register(@Valid @RequestBody RegistrationRequest request) {
		Acting by = this.commands.acting(REGISTRARS);
		this.communes.require(request);
		String caregiverId = CaregiverId.of(UUID.randomUUID()).value();
		this.commands.create(request.toCommand(caregiverId, by));
		return ResponseEntity.created(URI.create("/api/families/caregivers/" + caregiverId))
			.body(new Registered(caregiverId));
	}

	public record Registered(String caregiverId) {
	}

}
