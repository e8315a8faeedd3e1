package org.kinbridge.family.caregiver;

import java.time.Clock;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.caregiver.api.CaregiverId;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Sends a caregiver command on behalf of the caller: checks the role, stamps who, where
 * and when from the token and the clock, and answers with where the caregiver stands. The
 * caregiver itself checks that it lies within the caller's province and commune.
 */
@Component
public class CaregiverCommands {

	private final CommandGateway commands;

	private final TenantGuard tenant;

	private final Clock clock;

	public CaregiverCommands(CommandGateway commands, TenantGuard tenant, Clock clock) {
		this.commands = commands;
		this.tenant = tenant;
		this.clock = clock;
	}

	/**
	 * @param caregiverId the caregiver the command is for
	 * @param allowed the roles that may send it, in the order in which the acting role is
	 * chosen
	 * @param command builds the command from who is acting
	 * @return the command's answer, usually where the caregiver stands once it is handled
	 */
	public <R> R send(String caregiverId, Role[] allowed, Function<Acting, Object> command) {
		Acting by = acting(allowed);
		if (!CaregiverId.isValid(caregiverId)) {
			throw new NotFoundException("No caregiver " + caregiverId);
		}
		return this.commands.sendAndWait(command.apply(by));
	}

	/**
	 * @param allowed the roles that allow the action
	 * @return the caller as the actor of a command
	 */
	public Acting acting(Role... allowed) {
		Actor actor = this.tenant.requireAnyRole(allowed);
		return new Acting(actor.userId(), actor.firstRoleOf(allowed).name(), actor.province().value(),
				actor.isProvinceWide() ? null : actor.commune().value(), this.clock.instant());
	}

	/**
	 * Sends a command that creates a caregiver.
	 */
	public void create(Object command) {
		this.commands.sendAndWait(command);
	}

}
