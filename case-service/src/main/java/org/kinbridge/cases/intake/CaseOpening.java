package org.kinbridge.cases.intake;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.cases.duplicates.DuplicateFinder;
import org.kinbridge.cases.duplicates.api.DuplicateCandidate;
import org.kinbridge.cases.intake.api.ReceiveReport;

import org.springframework.stereotype.Component;

/**
 * Opens a case for a report that {@link ReportIntake} turned into a command, and flags it
 * at once when it may duplicate an earlier case of the commune. Every way in, the intake
 * form and a survey's findings, goes through here.
 */
@Component
public class CaseOpening {

	private final CommandGateway commands;

	private final DuplicateFinder duplicates;

	public CaseOpening(CommandGateway commands, DuplicateFinder duplicates) {
		this.commands = commands;
		this.duplicates = duplicates;
	}

	/**
	 * @param command the report, as {@link ReportIntake#receive} made it
	 * @return the earlier cases the new one may duplicate, now flagged on it
	 */
	public List<DuplicateCandidate> open(ReceiveReport command) {
		this.commands.sendAndWait(command);
		return this.duplicates.flag(command);
	}

}
