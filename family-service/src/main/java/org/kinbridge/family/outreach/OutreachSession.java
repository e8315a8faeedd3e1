package org.kinbridge.family.outreach;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.family.outreach.api.OutreachSessionRecorded;
import org.kinbridge.family.outreach.api.RecordOutreachSession;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.DomainRuleViolation;

/**
 * An information session or talk about alternative care (truyền thông) held in a commune
 * or hamlet. It belongs to the province of the person who records it and to the commune
 * where it was held.
 */
@Aggregate
public class OutreachSession {

	@AggregateIdentifier
	private String sessionId;

	protected OutreachSession() {
		// for Axon
	}

	@CommandHandler
	public OutreachSession(RecordOutreachSession command) {
		if (!command.by().reaches(command.by().provinceCode(), command.communeCode())) {
			throw new OutOfTenantScopeException(
					"commune " + command.communeCode() + " is outside the scope of " + command.by().userId());
		}
		sessionMustHaveBeenHeld(command);
		attendanceCannotBeNegative(command.attendance());
		apply(new OutreachSessionRecorded(command.sessionId(), command.by().provinceCode(), command.communeCode(),
				command.heldOn(), command.place(), command.hamlet(), command.topic(), command.ledBy(),
				command.attendance(), command.audience(), command.by()));
	}

	private static void sessionMustHaveBeenHeld(RecordOutreachSession command) {
		if (command.heldOn().isAfter(command.by().on())) {
			throw new DomainRuleViolation("outreach.session-in-future",
					"heldOn: a session is recorded once it has been held, not before " + command.heldOn() + ".");
		}
	}

	private static void attendanceCannotBeNegative(int attendance) {
		if (attendance < 0) {
			throw new DomainRuleViolation("outreach.attendance-negative",
					"attendance: the number of people who came cannot be negative.");
		}
	}

	@EventSourcingHandler
	void on(OutreachSessionRecorded event) {
		this.sessionId = event.sessionId();
	}

}
