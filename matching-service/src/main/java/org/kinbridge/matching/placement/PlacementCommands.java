package org.kinbridge.matching.placement;

import java.time.Clock;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.stereotype.Component;

/**
 * Sends a placement command on behalf of the caller: checks the role, stamps who, where
 * and when from the token and the clock, and answers with the step the placement is at.
 * The placement itself checks that it lies within the caller's province and commune.
 */
@Component
public class PlacementCommands {

	private final CommandGateway commands;

	private final TenantGuard tenant;

	private final Clock clock;

	public PlacementCommands(CommandGateway commands, TenantGuard tenant, Clock clock) {
		this.commands = commands;
		this.tenant = tenant;
		this.clock = clock;
	}

	/**
	 * @param allowed the roles that may act, in the order in which the acting role is
	 * chosen
	 * @return who is acting
	 */
	public Acting acting(Role... allowed) {
		Actor actor = this.tenant.requireAnyRole(allowed);
		return new Acting(actor.userId(), actor.firstRoleOf(allowed).name(), actor.province().value(),
				actor.isProvinceWide() ? null : actor.commune().value(), this.clock.instant());
	}

	/**
	 * @param placementId the placement the command is for
	 * @param allowed the roles that may send it
	 * @param command builds the command from who is acting
	 * @return the step the placement is at once the command is handled
	 */
	public PlacementStep send(String placementId, Role[] allowed, Function<Acting, Object> command) {
		PlacementState state = this.commands.sendAndWait(command.apply(acting(allowed)));
		return new PlacementStep(placementId, state);
	}

	/** The answer to a placement command: the step the placement is now at. */
	public record PlacementStep(String placementId, PlacementState state) {
	}

}
