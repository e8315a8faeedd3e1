package org.kinbridge.family.outreach;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.outreach.api.DeclineInterest;
import org.kinbridge.family.outreach.api.FollowUpRecorded;
import org.kinbridge.family.outreach.api.InterestDeclined;
import org.kinbridge.family.outreach.api.InterestRecorded;
import org.kinbridge.family.outreach.api.InterestRegistered;
import org.kinbridge.family.outreach.api.InterestState;
import org.kinbridge.family.outreach.api.LinkRegistration;
import org.kinbridge.family.outreach.api.RecordFollowUp;
import org.kinbridge.family.outreach.api.RecordInterest;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;

/**
 * Someone who showed interest in caring for a child, from the day of interest until they
 * register as a caregiver or decline. The commune follows up as often as it takes; a
 * person may register or decline with or without a follow-up first.
 */
@Aggregate
public class Interest {

	private static final Set<InterestState> OPEN = EnumSet.of(InterestState.INTERESTED, InterestState.FOLLOWED_UP);

	@AggregateIdentifier
	private String interestId;

	private String provinceCode;

	private String communeCode;

	private LocalDate interestedOn;

	private InterestState state;

	protected Interest() {
		// for Axon
	}

	@CommandHandler
	public Interest(RecordInterest command) {
		Acting by = command.by();
		if (!by.reaches(by.provinceCode(), command.communeCode())) {
			throw new OutOfTenantScopeException(
					"commune " + command.communeCode() + " is outside the scope of " + by.userId());
		}
		apply(new InterestRecorded(command.interestId(), by.provinceCode(), command.communeCode(), command.fullName(),
				command.phone(), command.sourceSessionId(), command.note(), by));
	}

	@CommandHandler
	InterestState handle(RecordFollowUp command) {
		requireInScope(command.by());
		requireState("recording a follow-up");
		if (command.followedUpOn().isAfter(command.by().on())) {
			throw new DomainRuleViolation("outreach.follow-up-in-future",
					"followedUpOn: a follow-up is recorded once it took place, not before " + command.followedUpOn()
							+ ".");
		}
		if (command.followedUpOn().isBefore(this.interestedOn)) {
			throw new DomainRuleViolation("outreach.follow-up-before-interest",
					"followedUpOn: the follow-up cannot be before the interest of " + this.interestedOn + ".");
		}
		apply(new FollowUpRecorded(this.interestId, this.provinceCode, this.communeCode, command.notes(),
				command.followedUpOn(), command.by()));
		return this.state;
	}

	@CommandHandler
	InterestState handle(LinkRegistration command) {
		requireInScope(command.by());
		requireState("linking the registration");
		apply(new InterestRegistered(this.interestId, this.provinceCode, this.communeCode, command.caregiverId(),
				command.by()));
		return this.state;
	}

	@CommandHandler
	InterestState handle(DeclineInterest command) {
		requireInScope(command.by());
		requireState("declining");
		apply(new InterestDeclined(this.interestId, this.provinceCode, this.communeCode, command.reason(),
				command.by()));
		return this.state;
	}

	/**
	 * Another province's or, for commune staff, another commune's interest is "not
	 * found".
	 */
	private void requireInScope(Acting by) {
		if (!by.reaches(this.provinceCode, this.communeCode)) {
			throw new OutOfTenantScopeException(
					"interest " + this.interestId + " is outside the scope of " + by.userId());
		}
	}

	private void requireState(String action) {
		if (!OPEN.contains(this.state)) {
			throw new ConflictException("The interest is " + this.state + "; " + action + " needs an interest that is "
					+ OPEN.stream().map(InterestState::name).collect(Collectors.joining(" or ")) + ".");
		}
	}

	@EventSourcingHandler
	void on(InterestRecorded event) {
		this.interestId = event.interestId();
		this.provinceCode = event.provinceCode();
		this.communeCode = event.communeCode();
		this.interestedOn = event.by().on();
		this.state = InterestState.INTERESTED;
	}

	@EventSourcingHandler
	void on(FollowUpRecorded event) {
		this.state = InterestState.FOLLOWED_UP;
	}

	@EventSourcingHandler
	void on(InterestRegistered event) {
		this.state = InterestState.REGISTERED;
	}

	@EventSourcingHandler
	void on(InterestDeclined event) {
		this.state = InterestState.DECLINED;
	}

}
