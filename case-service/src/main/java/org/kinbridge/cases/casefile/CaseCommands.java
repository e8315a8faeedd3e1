package org.kinbridge.cases.casefile;

import java.time.Clock;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.stereotype.Component;

/**
 * Sends a case-management command on behalf of the caller: checks the role, stamps who,
 * where and when from the token and the clock, and answers with the step the case is at.
 * The case itself checks that it lies within the caller's province and commune.
 */
@Component
public class CaseCommands {

	private final CommandGateway commands;

	private final TenantGuard tenant;

	private final Clock clock;

	public CaseCommands(CommandGateway commands, TenantGuard tenant, Clock clock) {
		this.commands = commands;
		this.tenant = tenant;
		this.clock = clock;
	}

	/**
	 * @param caseId the case the command is for
	 * @param allowed the roles that may send it, in the order in which the acting role is
	 * chosen
	 * @param command builds the command from who is acting
	 * @return the step the case is at once the command is handled
	 */
	public CaseStep send(String caseId, Role[] allowed, Function<Acting, Object> command) {
		CaseState state = answer(allowed, command);
		return new CaseStep(caseId, state);
	}

	/**
	 * Like {@link #send}, for commands that answer with something else than the case's
	 * step.
	 * @return what the command handler answered
	 */
	public <T> T answer(Role[] allowed, Function<Acting, Object> command) {
		Actor actor = this.tenant.requireAnyRole(allowed);
		Acting by = new Acting(actor.userId(), actor.firstRoleOf(allowed).name(), actor.province().value(),
				actor.isProvinceWide() ? null : actor.commune().value(), this.clock.instant());
		return this.commands.sendAndWait(command.apply(by));
	}

	/** The answer to a case-management command: the step the case is now at. */
	public record CaseStep(String caseId, CaseState status) {
	}

}
