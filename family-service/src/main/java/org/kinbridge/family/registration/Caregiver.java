package org.kinbridge.family.registration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.family.registration.api.RegisterCaregiver;
import org.kinbridge.platform.web.DomainRuleViolation;

/** A caregiver (người nhận chăm sóc thay thế) from registration onwards. */
@Aggregate
public class Caregiver {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@AggregateIdentifier
	private String caregiverId;

	private String provinceCode;

	protected Caregiver() {
		// for Axon
	}

	@CommandHandler
	public Caregiver(RegisterCaregiver command) {
		applicantMustBeAnAdult(command);
		capacityMustBeAtLeastOneChild(command);
		apply(new CaregiverRegistered(command.caregiverId(), command.provinceCode(), command.communeCode(),
				command.applicant(), command.careTypes(), command.capacity(), command.languages(), command.ethnicity(),
				command.religion(), command.phone(), command.registeredAt(), command.registeredBy(),
				command.registeredByRole()));
	}

	/** Law on Children Art. 63(2): the caregiver is an adult with full civil capacity. */
	private static void applicantMustBeAnAdult(RegisterCaregiver command) {
		LocalDate registeredOn = command.registeredAt().atZone(VIETNAM).toLocalDate();
		if (Period.between(command.applicant().dateOfBirth(), registeredOn).getYears() < 18) {
			throw new DomainRuleViolation("applicant-not-adult",
					"applicant.dateOfBirth: the applicant must be at least 18 years old on the day of registration (Law on Children Art. 63(2)).");
		}
	}

	private static void capacityMustBeAtLeastOneChild(RegisterCaregiver command) {
		if (command.capacity() < 1) {
			throw new DomainRuleViolation("capacity-too-small",
					"capacity: a caregiver must be able to care for at least one child.");
		}
	}

	@EventSourcingHandler
	void on(CaregiverRegistered event) {
		this.caregiverId = event.caregiverId();
		this.provinceCode = event.provinceCode();
	}

}
