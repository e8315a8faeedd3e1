package org.kinbridge.family.outreach;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.family.caregiver.CaregiverCommands;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.communes.CommuneGiven;
import org.kinbridge.family.communes.CommuneScope;
import org.kinbridge.family.communes.KnownCommune;
import org.kinbridge.family.outreach.OutreachReader.Scope;
import org.kinbridge.family.outreach.api.Audience;
import org.kinbridge.family.outreach.api.DeclineInterest;
import org.kinbridge.family.outreach.api.InterestState;
import org.kinbridge.family.outreach.api.LinkRegistration;
import org.kinbridge.family.outreach.api.RecordFollowUp;
import org.kinbridge.family.outreach.api.RecordInterest;
import org.kinbridge.family.outreach.api.RecordOutreachSession;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outreach and recruitment of caregivers: information sessions held in communes and
 * hamlets, the people who showed interest, their follow-up until they register or
 * decline, and what it all achieved per commune. Commune staff and collaborators record
 * in their own commune, collaborators reading back only the sessions they recorded;
 * province officers and auditors read; analysts read the report only, which has no names.
 * Every interested person shown is recorded in the access log.
 */
@RestController
@RequestMapping("/api/families/outreach")
public class OutreachController {

	/** Collaborators hold many of the talks and meet the people, so they record both. */
	private static final Role[] RECORDERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.COLLABORATOR };

	private static final Role[] FOLLOWERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR };

	private static final Role[] SESSION_READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.COLLABORATOR,
			Role.PROVINCE_OFFICER, Role.AUDITOR };

	/** Interested people's names and phones are personal data. */
	private static final Role[] INTEREST_READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private static final Role[] REPORT_READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR, Role.ANALYST };

	private static final String COMMUNE = "\\d{5}";

	private static final String COMMUNE_MESSAGE = "must be a 5-digit commune code";

	private final CaregiverCommands caller;

	private final CommandGateway commands;

	private final OutreachReader reader;

	private final OutreachReferences references;

	private final TenantGuard tenant;

	private final CommuneScope communes;

	public OutreachController(CaregiverCommands caller, CommandGateway commands, OutreachReader reader,
			OutreachReferences references, TenantGuard tenant, CommuneScope communes) {
		this.caller = caller;
		this.commands = commands;
		this.reader = reader;
		this.references = references;
		this.tenant = tenant;
		this.communes = communes;
	}

	// Sessions

	@PostMapping("/sessions")
	public ResponseEntity<SessionRecorded> recordSession(@Valid @RequestBody SessionRequest request) {
		Acting by = this.caller.acting(RECORDERS);
		this.communes.require(request);
		String sessionId = "outreach-" + UUID.randomUUID();
		this.commands.sendAndWait(new RecordOutreachSession(sessionId, request.communeCode(), request.heldOn(),
				request.place().strip(), stripped(request.hamlet()), request.topic().strip(), request.ledBy().strip(),
				request.attendance(), request.audience(), by));
		return ResponseEntity.created(URI.create("/api/families/outreach/sessions/" + sessionId))
			.body(new SessionRecorded(sessionId));
	}

	/**
	 * Sessions held in the caller's scope, the latest first.
	 */
	@GetMapping("/sessions")
	public List<OutreachSessionView> sessions(
			@RequestParam(required = false) @Pattern(regexp = COMMUNE, message = COMMUNE_MESSAGE) String commune,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return this.reader.sessions(this.reader.scope(commune, SESSION_READERS), from, to);
	}

	@GetMapping("/sessions/{sessionId}")
	public OutreachSessionView session(@PathVariable String sessionId) {
		return this.reader.session(sessionId, SESSION_READERS);
	}

	// Interested people

	@PostMapping("/interests")
	public ResponseEntity<InterestChanged> recordInterest(@Valid @RequestBody InterestRequest request) {
		Acting by = this.caller.acting(RECORDERS);
		this.communes.require(request);
		if (request.sourceSessionId() != null) {
			sessionMustHaveBeenHeldInTheCommune(request.sourceSessionId(), by.provinceCode(), request.communeCode());
		}
		String interestId = "interest-" + UUID.randomUUID();
		this.commands.sendAndWait(new RecordInterest(interestId, request.communeCode(), request.fullName().strip(),
				stripped(request.phone()), request.sourceSessionId(), stripped(request.note()), by));
		return ResponseEntity.created(URI.create("/api/families/outreach/interests/" + interestId))
			.body(new InterestChanged(interestId, InterestState.INTERESTED));
	}

	private void sessionMustHaveBeenHeldInTheCommune(String sessionId, String provinceCode, String communeCode) {
		boolean held = this.references.session(sessionId)
			.filter(session -> session.provinceCode().equals(provinceCode) && session.communeCode().equals(communeCode))
			.isPresent();
		if (!held) {
			throw new DomainRuleViolation("outreach.unknown-session",
					"sourceSessionId: no outreach session " + sessionId + " was held in commune " + communeCode + ".");
		}
	}

	/**
	 * The interested people in the caller's scope, the earliest first.
	 */
	@GetMapping("/interests")
	public List<InterestView> interests(
			@RequestParam(required = false) @Pattern(regexp = COMMUNE, message = COMMUNE_MESSAGE) String commune,
			@RequestParam(required = false) InterestState state) {
		return this.reader.interests(this.reader.scope(commune, INTEREST_READERS), state,
				"GET /api/families/outreach/interests");
	}

	@GetMapping("/interests/{interestId}")
	public InterestView interest(@PathVariable String interestId) {
		return this.reader.interest(interestId, "GET /api/families/outreach/interests/{interestId}", INTEREST_READERS);
	}

	@PostMapping("/interests/{interestId}/follow-ups")
	public InterestChanged followUp(@PathVariable String interestId, @Valid @RequestBody FollowUpRequest request) {
		return send(interestId,
				by -> new RecordFollowUp(interestId, request.notes().strip(), request.followedUpOn(), by));
	}

	@PostMapping("/interests/{interestId}/registration")
	public InterestChanged registered(@PathVariable String interestId,
			@Valid @RequestBody RegistrationLinkRequest request) {
		return send(interestId, by -> {
			caregiverMustBeInScope(request.caregiverId(), by);
			return new LinkRegistration(interestId, request.caregiverId(), by);
		});
	}

	private void caregiverMustBeInScope(String caregiverId, Acting by) {
		boolean known = this.references.caregiver(caregiverId)
			.filter(caregiver -> caregiver.provinceCode().equals(by.provinceCode()) && this.tenant
				.canSee(new ProvinceCode(caregiver.provinceCode()), new CommuneCode(caregiver.communeCode())))
			.isPresent();
		if (!known) {
			throw new DomainRuleViolation("outreach.unknown-caregiver",
					"caregiverId: no caregiver " + caregiverId + " is registered within your scope.");
		}
	}

	@PostMapping("/interests/{interestId}/decline")
	public InterestChanged decline(@PathVariable String interestId, @Valid @RequestBody DeclineRequest request) {
		return send(interestId, by -> new DeclineInterest(interestId, request.reason().strip(), by));
	}

	/**
	 * Sends a command about an existing interest, which must lie in the caller's scope
	 * before anything else is looked at.
	 */
	private InterestChanged send(String interestId, Function<Acting, Object> command) {
		Acting by = this.caller.acting(FOLLOWERS);
		boolean inScope = this.references.interest(interestId)
			.filter(interest -> by.reaches(interest.provinceCode(), interest.communeCode()))
			.isPresent();
		if (!inScope) {
			throw new NotFoundException("No interest " + interestId + " in the caller's scope.");
		}
		InterestState state = this.commands.sendAndWait(command.apply(by));
		return new InterestChanged(interestId, state);
	}

	/**
	 * People nobody has followed up yet whose follow-up is due (the configured days after
	 * their interest), the most overdue first.
	 * @param withinDays also those falling due within so many days
	 */
	@GetMapping("/follow-ups")
	public List<FollowUpDue> followUpsDue(
			@RequestParam(required = false) @Pattern(regexp = COMMUNE, message = COMMUNE_MESSAGE) String commune,
			@RequestParam(defaultValue = "0") @Min(0) @Max(366) int withinDays) {
		return this.reader.followUpsDue(this.reader.scope(commune, INTEREST_READERS), withinDays,
				"GET /api/families/outreach/follow-ups");
	}

	/**
	 * What outreach achieved in a commune, or in the whole province for province staff
	 * who name no commune, from {@code from} to {@code to} (both included).
	 */
	@GetMapping("/report")
	public OutreachReport report(
			@RequestParam(required = false) @Pattern(regexp = COMMUNE, message = COMMUNE_MESSAGE) String commune,
			@RequestParam LocalDate from, @RequestParam LocalDate to) {
		Scope scope = this.reader.scope(commune, REPORT_READERS);
		if (to.isBefore(from)) {
			throw new DomainRuleViolation("outreach.period-reversed", "to: the period cannot end before it starts.");
		}
		return this.reader.report(scope, from, to);
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * @param heldOn the day it was held; the commune code must be valid that day
	 * @param hamlet the hamlet's name or local code, if it was held in one
	 * @param ledBy who led it
	 * @param attendance how many people came
	 */
	@KnownCommune
	public record SessionRequest(@NotNull @Pattern(regexp = COMMUNE, message = COMMUNE_MESSAGE) String communeCode,
			@NotNull LocalDate heldOn, @NotBlank @Size(max = 300) String place, @Size(max = 100) String hamlet,
			@NotBlank @Size(max = 300) String topic, @NotBlank @Size(max = 200) String ledBy,
			@NotNull @Min(0) @Max(100_000) Integer attendance, @NotNull Audience audience) implements CommuneGiven {

		@Override
		public LocalDate communeValidOn() {
			return this.heldOn;
		}

	}

	/**
	 * @param sourceSessionId the session where the person showed interest, held in the
	 * same commune, if any
	 */
	@KnownCommune
	public record InterestRequest(@NotNull @Pattern(regexp = COMMUNE, message = COMMUNE_MESSAGE) String communeCode,
			@NotBlank @Size(max = 120) String fullName,
			@Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "must be a phone number") String phone,
			@Pattern(regexp = "outreach-[0-9a-f-]{36}",
					message = "must be an outreach session id") String sourceSessionId,
			@Size(max = 2000) String note) implements CommuneGiven {
	}

	/**
	 * @param followedUpOn the day of the visit or call
	 */
	public record FollowUpRequest(@NotBlank @Size(max = 2000) String notes, @NotNull LocalDate followedUpOn) {
	}

	public record RegistrationLinkRequest(
			@NotNull @Pattern(regexp = "cg-[0-9a-f-]{36}", message = "must be a caregiver id") String caregiverId) {
	}

	public record DeclineRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	public record SessionRecorded(String sessionId) {
	}

	public record InterestChanged(String interestId, InterestState state) {
	}

}
