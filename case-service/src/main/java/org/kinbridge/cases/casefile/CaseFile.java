package org.kinbridge.cases.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.platform.web.DomainRuleViolation;

/** Hồ sơ trường hợp: a child protection case, from the report onwards. */
@Aggregate
public class CaseFile {

	@AggregateIdentifier
	private String caseId;

	private String provinceCode;

	protected CaseFile() {
		// for Axon
	}

	@CommandHandler
	public CaseFile(ReceiveReport command) {
		reportMustConcernAtLeastOneChild(command);
		cannotBeReceivedAfterItWasRecorded(command);
		apply(new ReportReceived(command.caseId(), command.caseNumber(), command.provinceCode(), command.communeCode(),
				command.channel(), command.receivedAt(), command.reporter(), command.summary(), command.children(),
				command.siblingGroupId(), command.recordedAt(), command.recordedBy(), command.recordedByRole()));
	}

	private static void reportMustConcernAtLeastOneChild(ReceiveReport command) {
		if (command.children().isEmpty()) {
			throw new DomainRuleViolation("no-child", "children: a report must name at least one child.");
		}
	}

	/**
	 * The 12-hour clock starts at receipt, so a receipt time in the future would hide a
	 * deadline.
	 */
	private static void cannotBeReceivedAfterItWasRecorded(ReceiveReport command) {
		if (command.receivedAt().isAfter(command.recordedAt())) {
			throw new DomainRuleViolation("received-in-future",
					"receivedAt: the report cannot have been received after the moment it is recorded.");
		}
	}

	@EventSourcingHandler
	void on(ReportReceived event) {
		this.caseId = event.caseId();
		this.provinceCode = event.provinceCode();
	}

}
