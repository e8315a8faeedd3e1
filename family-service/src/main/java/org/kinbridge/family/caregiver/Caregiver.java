package org.kinbridge.family.caregiver;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.kinbridge.family.capacity.api.CapacityChanged;
import org.kinbridge.family.capacity.api.CapacityCorrected;
import org.kinbridge.family.capacity.api.CapacityReleased;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.capacity.api.ChangeCapacity;
import org.kinbridge.family.capacity.api.PlaceOutcome;
import org.kinbridge.family.capacity.api.PlacementEndNoted;
import org.kinbridge.family.capacity.api.PlacementRefused;
import org.kinbridge.family.capacity.api.RefusalReason;
import org.kinbridge.family.capacity.api.ReleaseCapacity;
import org.kinbridge.family.capacity.api.ReleaseCapacityOfPlacement;
import org.kinbridge.family.capacity.api.ReserveCapacity;
import org.kinbridge.family.capacity.api.ReserveCapacityForPlacement;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.decision.api.CaregiverFoundEligible;
import org.kinbridge.family.decision.api.CaregiverFoundIneligible;
import org.kinbridge.family.decision.api.FindEligible;
import org.kinbridge.family.decision.api.FindIneligible;
import org.kinbridge.family.decision.api.MatchingProfile;
import org.kinbridge.family.decision.api.RegistrationWithdrawn;
import org.kinbridge.family.decision.api.WithdrawRegistration;
import org.kinbridge.family.household.api.HouseholdChangeKind;
import org.kinbridge.family.household.api.HouseholdChangeReported;
import org.kinbridge.family.household.api.ReportHouseholdChange;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.family.registration.api.HouseholdMember;
import org.kinbridge.family.registration.api.KinshipLink;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.Preferences;
import org.kinbridge.family.registration.api.RegisterCaregiver;
import org.kinbridge.family.registration.api.RegistrationProcedure;
import org.kinbridge.family.standing.api.CaregiverReinstated;
import org.kinbridge.family.standing.api.CaregiverRemoved;
import org.kinbridge.family.standing.api.CaregiverSuspended;
import org.kinbridge.family.standing.api.ReinstateCaregiver;
import org.kinbridge.family.standing.api.RemovalReason;
import org.kinbridge.family.standing.api.RemoveCaregiver;
import org.kinbridge.family.standing.api.SuspendCaregiver;
import org.kinbridge.family.vetting.Household;
import org.kinbridge.family.vetting.ProvinceVettingRules;
import org.kinbridge.family.vetting.RequiredCheck;
import org.kinbridge.family.vetting.Reverification;
import org.kinbridge.family.vetting.VettingChecklist;
import org.kinbridge.family.vetting.VettingRules;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.CheckOutcome;
import org.kinbridge.family.vetting.api.CounsellingAttendanceRecorded;
import org.kinbridge.family.vetting.api.CounsellingOffered;
import org.kinbridge.family.vetting.api.EvidenceExpiryDue;
import org.kinbridge.family.vetting.api.OfferCounselling;
import org.kinbridge.family.vetting.api.RecordCounsellingAttendance;
import org.kinbridge.family.vetting.api.RecordVettingCheck;
import org.kinbridge.family.vetting.api.ReverificationDue;
import org.kinbridge.family.vetting.api.ReverificationRequired;
import org.kinbridge.family.vetting.api.Subjects;
import org.kinbridge.family.vetting.api.VettingCheckRecorded;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.ForbiddenException;

/**
 * Người nhận chăm sóc thay thế: an individual or family who offers alternative care, from
 * registration through vetting and the eligibility decision to its life on the commune
 * register. It carries its own province and commune, so that every command is checked
 * against the caller's scope where the state is certain; and it holds its places, so that
 * two placements racing for the last one cannot both win (the event store refuses the
 * second append of the same version).
 */
@Aggregate
public class Caregiver {

	/** The deadline that warns before a check's evidence ends. */
	public static final String EVIDENCE_EXPIRY_DEADLINE = "caregiver-evidence-expiry";

	/**
	 * The states in which vetting goes on: before the decision and, to re-verify, after.
	 */
	private static final Set<CaregiverState> OPEN = EnumSet.of(CaregiverState.REGISTERED, CaregiverState.VETTING,
			CaregiverState.ELIGIBLE, CaregiverState.SUSPENDED);

	private static final Set<CaregiverState> UNDECIDED = EnumSet.of(CaregiverState.REGISTERED, CaregiverState.VETTING);

	private static final Set<CaregiverState> ON_REGISTER = EnumSet.of(CaregiverState.ELIGIBLE,
			CaregiverState.SUSPENDED);

	private static final String HOUSEHOLD_CHANGE_BASIS = "Luật Trẻ em 2016, Điều 63 khoản 2; Nghị định 56/2017/NĐ-CP";

	@AggregateIdentifier
	private String caregiverId;

	private String provinceCode;

	private String communeCode;

	private CaregiverState state;

	private Household household;

	private List<CareType> careTypes;

	private KinshipLink kinship;

	private Preferences preferences;

	private List<String> languages;

	private String ethnicity;

	private String religion;

	private int capacity;

	/** The placements holding a place; their number is the places taken. */
	private final Set<String> placements = new HashSet<>();

	/** Decided placements that found no place; a redelivered decision stays refused. */
	private final Set<String> refusedPlacements = new HashSet<>();

	/**
	 * Placements that ended, with or without a place: a decision arriving after its end
	 * takes no place.
	 */
	private final Set<String> endedPlacements = new HashSet<>();

	/**
	 * The latest check of each kind and subject: a re-verification replaces the one
	 * before.
	 */
	private final Map<RequiredCheck, VettingCheckRecorded> checks = new HashMap<>();

	/**
	 * Checks a household change made doubtful, with the change; each stays until the
	 * check is recorded again.
	 */
	private final Map<RequiredCheck, String> pendingReverification = new LinkedHashMap<>();

	/** The highest {@code member-<n>} ever given, so that an id is never reused. */
	private int lastMemberNumber;

	/** Everyone who ever recorded a check: none of them may decide on this caregiver. */
	private final Set<String> verifiers = new HashSet<>();

	/** Offered sessions, and whether each was attended. */
	private final Map<String, Boolean> sessions = new HashMap<>();

	protected Caregiver() {
		// for Axon
	}

	// Registration (Form 08) and kinship notification

	@CommandHandler
	public Caregiver(RegisterCaregiver command) {
		LocalDate today = command.by().on();
		applicantsMustBeAdults(command, today);
		capacityMustBeAtLeastOneChild(command.capacity());
		aKinshipLinkNeedsKinshipCare(command);
		ageRangeMustNotBeReversed(command.preferences());
		addressCodeCannotBeValidOnlyInTheFuture(command, today);
		RegistrationProcedure procedure = (command.kinship() != null) ? RegistrationProcedure.KINSHIP_NOTIFICATION
				: RegistrationProcedure.REGISTRATION;
		apply(new CaregiverRegistered(command.caregiverId(), command.by().provinceCode(),
				command.address().communeCode(), procedure, command.address(), command.applicant(),
				command.coApplicant(), List.copyOf(command.household()), command.contact(),
				List.copyOf(command.careTypes()), command.kinship(), command.capacity(),
				(command.preferences() != null) ? command.preferences() : Preferences.NONE,
				List.copyOf(command.languages()), command.ethnicity(), command.religion(), command.by()));
	}

	/** Law on Children Art. 63(2): caregivers, relatives included, are adults. */
	private static void applicantsMustBeAdults(RegisterCaregiver command, LocalDate today) {
		if (!command.applicant().isAdultOn(today)) {
			throw new DomainRuleViolation("applicant-not-adult",
					"applicant.dateOfBirth: the applicant must be at least 18 years old on the day of registration (Law on Children Art. 63(2)).");
		}
		if (command.coApplicant() != null && !command.coApplicant().isAdultOn(today)) {
			throw new DomainRuleViolation("applicant-not-adult",
					"coApplicant.dateOfBirth: the co-applicant must be at least 18 years old on the day of registration (Law on Children Art. 63(2)).");
		}
	}

	private static void capacityMustBeAtLeastOneChild(int capacity) {
		if (capacity < 1) {
			throw new DomainRuleViolation("capacity-too-small",
					"capacity: a caregiver must be able to care for at least one child.");
		}
	}

	private static void aKinshipLinkNeedsKinshipCare(RegisterCaregiver command) {
		if (command.kinship() != null && !command.careTypes().contains(CareType.KINSHIP)) {
			throw new DomainRuleViolation("kinship-without-kinship-care",
					"careTypes: a relative who registers for a named child must offer KINSHIP care.");
		}
	}

	private static void ageRangeMustNotBeReversed(Preferences preferences) {
		if (preferences != null && preferences.minAge() != null && preferences.maxAge() != null
				&& preferences.minAge() > preferences.maxAge()) {
			throw new DomainRuleViolation("preferences.age-range",
					"preferences.minAge: the youngest age cannot be above the oldest.");
		}
	}

	private static void addressCodeCannotBeValidOnlyInTheFuture(RegisterCaregiver command, LocalDate today) {
		if (command.address().validOn().isAfter(today)) {
			throw new DomainRuleViolation("address.valid-on-in-future",
					"address.validOn: the commune code must be one that is valid today or was valid before.");
		}
	}

	// Vetting (Law on Children Art. 63(2), Decree 56/2017)

	@CommandHandler
	CaregiverStatus handle(RecordVettingCheck command, VettingRules vettingRules, DeadlineManager deadlines) {
		requireInScope(command.by());
		requireState("recording a vetting check", OPEN);
		checkMustBeOnTheChecklist(command);
		ProvinceVettingRules rules = vettingRules.of(this.provinceCode);
		LocalDate expiresOn = null;
		if (command.outcome() == CheckOutcome.PASSED) {
			LocalDate today = command.by().on();
			datedEvidenceMustCarryItsDate(command, today);
			Person person = this.household.applicant(command.subject()).orElse(null);
			if (command.kind() == CheckKind.RESIDES_IN_VIETNAM && person != null && person.hasForeignNationality()) {
				foreignerMustHaveLivedInVietnamLongEnough(command, rules, today);
				foreignerMustBeAllowedToStayLongEnough(command, rules, today);
			}
			if (command.kind() == CheckKind.FULL_CIVIL_CAPACITY && person != null && !person.isAdultOn(today)) {
				throw new DomainRuleViolation("vetting.not-adult",
						"subject: " + command.subject() + " is not 18 yet, so full civil capacity cannot be verified.");
			}
			expiresOn = rules.expiresOn(command.kind(), person != null && person.hasForeignNationality(),
					command.evidence(), command.residence(), today);
			evidenceMustStillHold(command, expiresOn, today);
		}
		apply(new VettingCheckRecorded(this.caregiverId, command.kind(), command.subject(), command.outcome(),
				command.evidence(), command.residence(), command.note(), expiresOn, command.by()));
		if (expiresOn != null) {
			warnBeforeTheEvidenceEnds(command, expiresOn, rules, command.by().at(), deadlines);
		}
		return status();
	}

	/**
	 * Re-verification: the commune is warned the province's warning days before the
	 * evidence ends, at once if that day has come already.
	 */
	private void warnBeforeTheEvidenceEnds(RecordVettingCheck command, LocalDate expiresOn, ProvinceVettingRules rules,
			Instant now, DeadlineManager deadlines) {
		Instant warnAt = expiresOn.minusDays(rules.expiryWarningDays()).atStartOfDay(Acting.VIETNAM).toInstant();
		EvidenceExpiryDue due = new EvidenceExpiryDue(command.kind(), command.subject(), expiresOn, warnAt);
		if (warnAt.isAfter(now)) {
			deadlines.schedule(warnAt, EVIDENCE_EXPIRY_DEADLINE, due);
		}
		else {
			evidenceExpiryDue(due);
		}
	}

	/**
	 * A warning for evidence that was verified again since, or for a caregiver whose file
	 * is closed, is dropped.
	 */
	@DeadlineHandler(deadlineName = EVIDENCE_EXPIRY_DEADLINE)
	void evidenceExpiryDue(EvidenceExpiryDue due) {
		VettingCheckRecorded inForce = this.checks.get(new RequiredCheck(due.kind(), due.subject()));
		if (OPEN.contains(this.state) && inForce != null && inForce.outcome() == CheckOutcome.PASSED
				&& due.expiresOn().equals(inForce.expiresOn())) {
			apply(new ReverificationDue(this.caregiverId, this.provinceCode, this.communeCode, due.kind(),
					due.subject(), due.expiresOn(), due.warnAt()));
		}
	}

	private void checkMustBeOnTheChecklist(RecordVettingCheck command) {
		if (!VettingChecklist.canBeRecorded(command.kind(), command.subject(), this.household)) {
			throw new DomainRuleViolation("vetting.not-on-checklist", "subject: a " + command.kind()
					+ " check cannot be recorded about '" + command.subject() + "' of this household.");
		}
	}

	private static void datedEvidenceMustCarryItsDate(RecordVettingCheck command, LocalDate today) {
		LocalDate issuedOn = (command.evidence() != null) ? command.evidence().issuedOn() : null;
		if (issuedOn == null && ProvinceVettingRules.needsIssueDate(command.kind())) {
			throw new DomainRuleViolation("vetting.evidence-undated",
					"evidence.issuedOn: a passed " + command.kind() + " check needs the date its document was issued.");
		}
		if (issuedOn != null && issuedOn.isAfter(today)) {
			throw new DomainRuleViolation("vetting.evidence-in-future",
					"evidence.issuedOn: evidence cannot be issued after the day it is verified.");
		}
	}

	/** Decree 56/2017: a foreign applicant has lived in Vietnam for at least 6 months. */
	private static void foreignerMustHaveLivedInVietnamLongEnough(RecordVettingCheck command,
			ProvinceVettingRules rules, LocalDate today) {
		if (command.residence() == null) {
			throw new DomainRuleViolation("vetting.foreigner-residence-missing",
					"residence: a foreign applicant's residence in Vietnam needs the dates of the residence card.");
		}
		if (command.residence().residentSince().isAfter(today.minusMonths(rules.foreignerMinResidenceMonths()))) {
			throw new DomainRuleViolation("vetting.foreigner-resident-too-short",
					"residence.residentSince: a foreign applicant must have lived in Vietnam for at least "
							+ rules.foreignerMinResidenceMonths() + " months.");
		}
	}

	/** Decree 56/2017: a foreign applicant may stay in Vietnam for 12 more months. */
	private static void foreignerMustBeAllowedToStayLongEnough(RecordVettingCheck command, ProvinceVettingRules rules,
			LocalDate today) {
		if (command.residence()
			.permittedToStayUntil()
			.isBefore(today.plusMonths(rules.foreignerMinRemainingStayMonths()))) {
			throw new DomainRuleViolation("vetting.foreigner-stay-too-short",
					"residence.permittedToStayUntil: a foreign applicant must be allowed to stay in Vietnam for at least "
							+ rules.foreignerMinRemainingStayMonths() + " more months.");
		}
	}

	private static void evidenceMustStillHold(RecordVettingCheck command, LocalDate expiresOn, LocalDate today) {
		if (expiresOn != null && expiresOn.isBefore(today)) {
			throw new DomainRuleViolation("vetting.evidence-expired", "evidence: the " + command.kind()
					+ " evidence no longer holds on " + today + " (it held until " + expiresOn + ").");
		}
	}

	@CommandHandler
	CaregiverStatus handle(OfferCounselling command) {
		requireInScope(command.by());
		requireState("offering counselling", OPEN);
		if (this.sessions.containsKey(command.sessionId())) {
			throw new ConflictException(
					"The caregiver is " + this.state + " and was already offered session " + command.sessionId() + ".");
		}
		apply(new CounsellingOffered(this.caregiverId, command.sessionId(), command.kind(), command.topic(),
				command.provider(), command.scheduledOn(), command.by()));
		return status();
	}

	@CommandHandler
	CaregiverStatus handle(RecordCounsellingAttendance command) {
		requireInScope(command.by());
		requireState("recording counselling attendance", OPEN);
		if (!this.sessions.containsKey(command.sessionId())) {
			throw new DomainRuleViolation("counselling.not-offered",
					"sessionId: the caregiver was not offered session " + command.sessionId() + ".");
		}
		apply(new CounsellingAttendanceRecorded(this.caregiverId, command.sessionId(), command.attended(),
				command.note(), command.by()));
		return status();
	}

	// The eligibility decision

	@CommandHandler
	CaregiverStatus handle(FindEligible command, VettingRules vettingRules) {
		requireInScope(command.by());
		requireState("finding the caregiver eligible", UNDECIDED);
		verifiersCannotDecide(command.by(), "find this caregiver eligible");
		everyRequiredCheckMustHavePassedAndStillHold(vettingRules.of(this.provinceCode), command.by().on());
		apply(new CaregiverFoundEligible(this.caregiverId, this.provinceCode, this.communeCode,
				command.decisionNumber(), command.note(), command.legalBasis(), profile(), command.by()));
		return status();
	}

	@CommandHandler
	CaregiverStatus handle(FindIneligible command) {
		requireInScope(command.by());
		requireState("finding the caregiver ineligible", UNDECIDED);
		verifiersCannotDecide(command.by(), "find this caregiver ineligible");
		apply(new CaregiverFoundIneligible(this.caregiverId, command.decisionNumber(), command.reason(),
				command.legalBasis(), command.by()));
		return status();
	}

	@CommandHandler
	CaregiverStatus handle(WithdrawRegistration command) {
		requireInScope(command.by());
		requireState("withdrawing the registration", UNDECIDED);
		apply(new RegistrationWithdrawn(this.caregiverId, command.reason(), command.by()));
		return status();
	}

	/**
	 * Separation of duties: whoever recorded any vetting check of this caregiver, in
	 * force or since replaced, cannot take the decision, so that no one both verifies and
	 * decides.
	 */
	private void verifiersCannotDecide(Acting by, String decision) {
		if (this.verifiers.contains(by.userId())) {
			throw new ForbiddenException(
					"You recorded vetting checks of this caregiver, so another commune chair must " + decision + ".");
		}
	}

	/**
	 * Eligible only if every check the household needs has passed and still holds on the
	 * day of the decision (and, where the province asks for it, a session was attended).
	 */
	private void everyRequiredCheckMustHavePassedAndStillHold(ProvinceVettingRules rules, LocalDate on) {
		List<String> unmet = new ArrayList<>();
		for (RequiredCheck required : VettingChecklist.required(this.household, rules, on)) {
			VettingCheckRecorded check = this.checks.get(required);
			if (check == null) {
				unmet.add(required + " is missing");
			}
			else if (check.outcome() != CheckOutcome.PASSED) {
				unmet.add(required + " failed");
			}
			else if (check.expiresOn() != null && check.expiresOn().isBefore(on)) {
				unmet.add(required + " expired on " + check.expiresOn());
			}
		}
		this.pendingReverification.keySet()
			.forEach(check -> unmet.add(check + " must be verified again after a change in the household"));
		if (rules.counsellingRequired() && this.household.procedure() == RegistrationProcedure.REGISTRATION
				&& !this.sessions.containsValue(Boolean.TRUE)) {
			unmet.add("no counselling or training session was attended");
		}
		if (!unmet.isEmpty()) {
			throw new DomainRuleViolation("eligibility.conditions-not-met",
					"The caregiver does not meet the conditions of Law on Children Art. 63(2) on " + on + ": "
							+ String.join("; ", unmet) + ".");
		}
	}

	private MatchingProfile profile() {
		Person applicant = this.household.applicant();
		return new MatchingProfile(this.careTypes, (this.kinship != null) ? this.kinship.caseId() : null, this.capacity,
				this.placements.size(), this.preferences, this.languages, this.ethnicity, this.religion,
				applicant.sex(), applicant.dateOfBirth(), this.household.size());
	}

	// Life on the register

	@CommandHandler
	CaregiverStatus handle(SuspendCaregiver command) {
		requireInScope(command.by());
		requireState("suspending the caregiver", CaregiverState.ELIGIBLE);
		apply(new CaregiverSuspended(this.caregiverId, this.provinceCode, this.communeCode, command.reason(),
				command.legalBasis(), command.by()));
		return status();
	}

	@CommandHandler
	CaregiverStatus handle(ReinstateCaregiver command, VettingRules vettingRules) {
		requireInScope(command.by());
		requireState("reinstating the caregiver", CaregiverState.SUSPENDED);
		verifiersCannotDecide(command.by(), "reinstate this caregiver");
		everyRequiredCheckMustHavePassedAndStillHold(vettingRules.of(this.provinceCode), command.by().on());
		apply(new CaregiverReinstated(this.caregiverId, this.provinceCode, this.communeCode, command.reason(),
				command.legalBasis(), command.by()));
		return status();
	}

	@CommandHandler
	CaregiverStatus handle(RemoveCaregiver command) {
		requireInScope(command.by());
		requireState("removing the caregiver from the register", ON_REGISTER);
		otherReasonsMustBeStated(command);
		childrenMustHaveLeftFirst();
		apply(new CaregiverRemoved(this.caregiverId, this.provinceCode, this.communeCode, command.reason(),
				command.details(), command.legalBasis(), this.state.name(), command.by()));
		return status();
	}

	private static void otherReasonsMustBeStated(RemoveCaregiver command) {
		if (command.reason() == RemovalReason.OTHER && (command.details() == null || command.details().isBlank())) {
			throw new DomainRuleViolation("removal.reason-not-stated",
					"details: say why the caregiver is removed when the reason is OTHER.");
		}
	}

	/**
	 * A child placed with the caregiver needs the placement ended (Law on Children Art.
	 * 69) before the caregiver leaves the register; suspension stops new placements
	 * meanwhile.
	 */
	private void childrenMustHaveLeftFirst() {
		if (!this.placements.isEmpty()) {
			throw new ConflictException("The caregiver is " + this.state + " with " + this.placements.size()
					+ " child(ren) placed; end the placements before removing the caregiver from the register.");
		}
	}

	// Changes in the household

	/**
	 * A change in the household makes some checks doubtful: each is required again. In a
	 * province that asks for it, an eligible caregiver is also suspended, so matching
	 * proposes no child until the checks hold again and the chair reinstates it.
	 */
	@CommandHandler
	HouseholdChangeOutcome handle(ReportHouseholdChange command, VettingRules vettingRules) {
		requireInScope(command.by());
		requireState("recording a change in the household", OPEN);
		reportCannotComeFromTheFuture(command);
		String subject = command.subject();
		Household after = this.household;
		HouseholdMember joined = null;
		if (command.kind() == HouseholdChangeKind.MEMBER_JOINED) {
			HouseholdMember joining = command.joining();
			joined = new HouseholdMember(Subjects.member(this.lastMemberNumber + 1), joining.fullName(),
					joining.dateOfBirth(), joining.sex(), joining.relation(), joining.consent());
			joiningMemberMustBeBornAlready(joined, command.by().on());
			subject = joined.memberId();
			after = this.household.withMember(joined);
		}
		else {
			subjectMustBelongToTheHousehold(command.kind(), subject);
		}
		ProvinceVettingRules rules = vettingRules.of(this.provinceCode);
		List<RequiredCheck> reverify = Reverification.afterHouseholdChange(command.kind(), subject, after, rules,
				command.by().on());
		apply(new HouseholdChangeReported(this.caregiverId, this.provinceCode, this.communeCode, command.changeId(),
				command.kind(), subject, joined, command.details(), command.reportedAt(), command.reportedBy(),
				command.by()));
		for (RequiredCheck check : reverify) {
			apply(new ReverificationRequired(this.caregiverId, this.provinceCode, this.communeCode, check.kind(),
					check.subject(), command.changeId(), command.by().at()));
		}
		if (rules.suspendOnHouseholdChange() && this.state == CaregiverState.ELIGIBLE && !reverify.isEmpty()) {
			apply(new CaregiverSuspended(this.caregiverId, this.provinceCode, this.communeCode,
					"Household change " + command.changeId() + " (" + command.kind()
							+ "): suspended until verified again: "
							+ reverify.stream().map(RequiredCheck::toString).collect(Collectors.joining(", ")) + ".",
					HOUSEHOLD_CHANGE_BASIS, command.by()));
		}
		return new HouseholdChangeOutcome(subject, reverify.stream().map(RequiredCheck::toString).toList(), status());
	}

	private static void reportCannotComeFromTheFuture(ReportHouseholdChange command) {
		if (command.reportedAt().isAfter(command.by().at())) {
			throw new DomainRuleViolation("household.reported-in-future",
					"reportedAt: a change cannot be reported to the commune after the moment it is recorded.");
		}
	}

	private static void joiningMemberMustBeBornAlready(HouseholdMember joined, LocalDate today) {
		if (joined.dateOfBirth().isAfter(today)) {
			throw new DomainRuleViolation("household.member-not-born",
					"member.dateOfBirth: a member who joins cannot be born after today.");
		}
	}

	private void subjectMustBelongToTheHousehold(HouseholdChangeKind kind, String subject) {
		boolean member = this.household.member(subject).isPresent();
		boolean applicant = this.household.applicant(subject).isPresent();
		if (kind == HouseholdChangeKind.MEMBER_LEFT && !member) {
			throw new DomainRuleViolation("household.not-a-member",
					"subject: " + subject + " is not a member of this household, so they cannot leave it.");
		}
		if (!member && !applicant) {
			throw new DomainRuleViolation("household.not-a-member",
					"subject: " + subject + " is neither an applicant nor a member of this household.");
		}
	}

	// Places

	/**
	 * A place for a placement the chair decided. The aggregate decides alone, so that of
	 * two placements racing for the last place one is taken and the other refused; the
	 * refusal is recorded, never thrown, because matching must hear of it.
	 */
	@CommandHandler
	PlaceOutcome handle(ReserveCapacityForPlacement command) {
		requireInScope(command.by());
		String placement = command.placementId();
		if (this.placements.contains(placement)) {
			return PlaceOutcome.ALREADY_TAKEN;
		}
		if (this.refusedPlacements.contains(placement)) {
			return PlaceOutcome.ALREADY_REFUSED;
		}
		if (this.endedPlacements.contains(placement)) {
			return PlaceOutcome.ALREADY_ENDED;
		}
		RefusalReason refusal = (this.state != CaregiverState.ELIGIBLE) ? RefusalReason.NOT_ON_REGISTER
				: (hasFreePlace() ? null : RefusalReason.NO_FREE_CAPACITY);
		if (refusal != null) {
			apply(new PlacementRefused(this.caregiverId, this.provinceCode, this.communeCode, placement, refusal,
					this.state.name(), this.capacity, this.placements.size(), command.by()));
			return PlaceOutcome.REFUSED;
		}
		apply(new CapacityReserved(this.caregiverId, this.provinceCode, this.communeCode, placement, this.capacity,
				this.placements.size() + 1, command.by()));
		return PlaceOutcome.TAKEN;
	}

	/**
	 * The place of a placement that ended. An end the caregiver never heard a decision
	 * for is noted, so that the decision, arriving after it, takes no place.
	 */
	@CommandHandler
	PlaceOutcome handle(ReleaseCapacityOfPlacement command) {
		requireInScope(command.by());
		String placement = command.placementId();
		if (this.placements.contains(placement)) {
			apply(new CapacityReleased(this.caregiverId, this.provinceCode, this.communeCode, placement, this.capacity,
					this.placements.size() - 1, command.by()));
			return PlaceOutcome.RELEASED;
		}
		if (this.refusedPlacements.contains(placement) || this.endedPlacements.contains(placement)) {
			return PlaceOutcome.NOTHING_HELD;
		}
		apply(new PlacementEndNoted(this.caregiverId, this.provinceCode, this.communeCode, placement, command.by()));
		return PlaceOutcome.END_NOTED;
	}

	/** A correction by hand, for a placement matching did not report. */
	@CommandHandler
	CaregiverStatus handle(ReserveCapacity command) {
		requireInScope(command.by());
		if (this.placements.contains(command.placementRef())) {
			return status();
		}
		requireState("taking a place for a placement", CaregiverState.ELIGIBLE);
		freeCapacityCanNeverBeNegative();
		apply(new CapacityCorrected(this.caregiverId, this.provinceCode, this.communeCode, command.placementRef(), true,
				command.reason(), command.by()));
		apply(new CapacityReserved(this.caregiverId, this.provinceCode, this.communeCode, command.placementRef(),
				this.capacity, this.placements.size() + 1, command.by()));
		return status();
	}

	private boolean hasFreePlace() {
		return this.placements.size() < this.capacity;
	}

	private void freeCapacityCanNeverBeNegative() {
		if (!hasFreePlace()) {
			throw new DomainRuleViolation("capacity.no-free-place", "The caregiver has no free place: "
					+ this.placements.size() + " of " + this.capacity + " are taken.");
		}
	}

	/** A correction by hand, for a placement whose end matching did not report. */
	@CommandHandler
	CaregiverStatus handle(ReleaseCapacity command) {
		requireInScope(command.by());
		if (!this.placements.contains(command.placementRef())) {
			return status();
		}
		apply(new CapacityCorrected(this.caregiverId, this.provinceCode, this.communeCode, command.placementRef(),
				false, command.reason(), command.by()));
		apply(new CapacityReleased(this.caregiverId, this.provinceCode, this.communeCode, command.placementRef(),
				this.capacity, this.placements.size() - 1, command.by()));
		return status();
	}

	@CommandHandler
	CaregiverStatus handle(ChangeCapacity command) {
		requireInScope(command.by());
		requireState("changing the capacity", OPEN);
		capacityMustBeAtLeastOneChild(command.capacity());
		capacityCannotFallBelowThePlacesTaken(command.capacity());
		if (command.capacity() != this.capacity) {
			apply(new CapacityChanged(this.caregiverId, this.provinceCode, this.communeCode, command.capacity(),
					this.placements.size(), command.reason(), command.by()));
		}
		return status();
	}

	private void capacityCannotFallBelowThePlacesTaken(int newCapacity) {
		if (newCapacity < this.placements.size()) {
			throw new DomainRuleViolation("capacity.below-placed", "capacity: " + this.placements.size()
					+ " children are placed with the caregiver, so the capacity cannot be " + newCapacity + ".");
		}
	}

	// Scope and state

	/**
	 * The caller must work in the caregiver's province and, unless province-wide, in its
	 * commune; otherwise the caregiver is "not found".
	 */
	private void requireInScope(Acting by) {
		if (!by.reaches(this.provinceCode, this.communeCode)) {
			throw new OutOfTenantScopeException(
					"caregiver " + this.caregiverId + " is outside the scope of " + by.userId());
		}
	}

	private void requireState(String action, CaregiverState allowed) {
		requireState(action, EnumSet.of(allowed));
	}

	private void requireState(String action, Set<CaregiverState> allowed) {
		if (!allowed.contains(this.state)) {
			throw new ConflictException("The caregiver is " + this.state + "; " + action + " needs a caregiver that is "
					+ allowed.stream().map(CaregiverState::name).collect(Collectors.joining(" or ")) + ".");
		}
	}

	private CaregiverStatus status() {
		return new CaregiverStatus(this.caregiverId, this.state, this.capacity, this.placements.size(),
				this.capacity - this.placements.size());
	}

	// State

	@EventSourcingHandler
	void on(CaregiverRegistered event) {
		this.caregiverId = event.caregiverId();
		this.provinceCode = event.provinceCode();
		this.communeCode = event.communeCode();
		this.household = new Household(event.procedure(), event.applicant(), event.coApplicant(), event.household());
		this.careTypes = event.careTypes();
		this.kinship = event.kinship();
		this.preferences = event.preferences();
		this.languages = event.languages();
		this.ethnicity = event.ethnicity();
		this.religion = event.religion();
		this.capacity = event.capacity();
		this.state = CaregiverState.REGISTERED;
		this.lastMemberNumber = event.household()
			.stream()
			.mapToInt(member -> Integer.parseInt(member.memberId().substring(Subjects.MEMBER_PREFIX.length())))
			.max()
			.orElse(0);
	}

	@EventSourcingHandler
	void on(HouseholdChangeReported event) {
		if (event.kind() == HouseholdChangeKind.MEMBER_JOINED) {
			this.household = this.household.withMember(event.member());
			this.lastMemberNumber++;
		}
		else if (event.kind() == HouseholdChangeKind.MEMBER_LEFT) {
			this.household = this.household.withoutMember(event.subject());
		}
	}

	@EventSourcingHandler
	void on(ReverificationRequired event) {
		this.pendingReverification.put(new RequiredCheck(event.kind(), event.subject()), event.changeId());
	}

	@EventSourcingHandler
	void on(VettingCheckRecorded event) {
		this.checks.put(new RequiredCheck(event.kind(), event.subject()), event);
		this.pendingReverification.remove(new RequiredCheck(event.kind(), event.subject()));
		this.verifiers.add(event.by().userId());
		if (this.state == CaregiverState.REGISTERED) {
			this.state = CaregiverState.VETTING;
		}
	}

	@EventSourcingHandler
	void on(CounsellingOffered event) {
		this.sessions.put(event.sessionId(), Boolean.FALSE);
	}

	@EventSourcingHandler
	void on(CounsellingAttendanceRecorded event) {
		this.sessions.put(event.sessionId(), event.attended());
	}

	@EventSourcingHandler
	void on(CaregiverFoundEligible event) {
		this.state = CaregiverState.ELIGIBLE;
	}

	@EventSourcingHandler
	void on(CaregiverFoundIneligible event) {
		this.state = CaregiverState.INELIGIBLE;
	}

	@EventSourcingHandler
	void on(RegistrationWithdrawn event) {
		this.state = CaregiverState.WITHDRAWN;
	}

	@EventSourcingHandler
	void on(CaregiverSuspended event) {
		this.state = CaregiverState.SUSPENDED;
	}

	@EventSourcingHandler
	void on(CaregiverReinstated event) {
		this.state = CaregiverState.ELIGIBLE;
	}

	@EventSourcingHandler
	void on(CaregiverRemoved event) {
		this.state = CaregiverState.REMOVED;
	}

	@EventSourcingHandler
	void on(CapacityReserved event) {
		this.placements.add(event.placementRef());
	}

	@EventSourcingHandler
	void on(CapacityReleased event) {
		this.placements.remove(event.placementRef());
		this.endedPlacements.add(event.placementRef());
	}

	@EventSourcingHandler
	void on(PlacementRefused event) {
		this.refusedPlacements.add(event.placementId());
	}

	@EventSourcingHandler
	void on(PlacementEndNoted event) {
		this.endedPlacements.add(event.placementId());
	}

	@EventSourcingHandler
	void on(CapacityChanged event) {
		this.capacity = event.capacity();
	}

}
