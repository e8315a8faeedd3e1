package org.kinbridge.family.capacity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinbridge.family.capacity.api.ChangeCapacity;
import org.kinbridge.family.capacity.api.ReleaseCapacity;
import org.kinbridge.family.capacity.api.ReserveCapacity;
import org.kinbridge.family.caregiver.CaregiverCommands;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A caregiver's places. Officers change the capacity. Places follow matching's placement
 * events ({@link PlacementDecidedHandler}, {@link PlacementEndedHandler}); taking or
 * giving back a place here is a correction by a province officer or platform
 * administrator, with a reason that stays in the caregiver's history: for a child placed
 * before KinBridge was used, or a placement whose event could not be processed.
 */
@RestController
@RequestMapping("/api/families/caregivers/{caregiverId}/capacity")
public class CapacityController {

	private static final Role[] OFFICERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR };

	private static final Role[] CORRECTORS = { Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN };

	private static final String PLACEMENT_REF = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}";

	private final CaregiverCommands commands;

	public CapacityController(CaregiverCommands commands) {
		this.commands = commands;
	}

	@PutMapping
	public CaregiverStatus change(@PathVariable String caregiverId, @Valid @RequestBody CapacityRequest request) {
		return this.commands.send(caregiverId, OFFICERS,
				by -> new ChangeCapacity(caregiverId, request.capacity(), request.reason().strip(), by));
	}

	@PostMapping("/reservations")
	public CaregiverStatus reserve(@PathVariable String caregiverId, @Valid @RequestBody ReservationRequest request) {
		return this.commands.send(caregiverId, CORRECTORS,
				by -> new ReserveCapacity(caregiverId, request.placementRef(), request.reason().strip(), by));
	}

	/**
	 * @param reason why the place is given back by hand
	 */
	@DeleteMapping("/reservations/{placementRef}")
	public CaregiverStatus release(@PathVariable String caregiverId,
			@PathVariable @Pattern(regexp = PLACEMENT_REF,
					message = "must be a placement reference") String placementRef,
			// Not "required": a missing reason is then refused field by field, like a
			// blank one.
			@RequestParam(required = false) @NotBlank @Size(max = 2000) String reason) {
		return this.commands.send(caregiverId, CORRECTORS,
				by -> new ReleaseCapacity(caregiverId, placementRef, reason.strip(), by));
	}

	public record CapacityRequest(@Min(1) @Max(10) int capacity, @NotBlank @Size(max = 2000) String reason) {
	}

	/**
	 * @param placementRef the placement the place is taken for, e.g. matching's placement
	 * id
	 * @param reason why the place is taken by hand
	 */
	public record ReservationRequest(
			@NotNull @Pattern(regexp = PLACEMENT_REF,
					message = "must be a placement reference of letters, digits and . _ : -") String placementRef,
			@NotBlank @Size(max = 2000) String reason) {
	}

}
