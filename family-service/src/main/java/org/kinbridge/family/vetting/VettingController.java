package org.kinbridge.family.vetting;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinbridge.family.caregiver.CaregiverCommands;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.CheckOutcome;
import org.kinbridge.family.vetting.api.CounsellingKind;
import org.kinbridge.family.vetting.api.Evidence;
import org.kinbridge.family.vetting.api.ForeignResidence;
import org.kinbridge.family.vetting.api.OfferCounselling;
import org.kinbridge.family.vetting.api.RecordCounsellingAttendance;
import org.kinbridge.family.vetting.api.RecordVettingCheck;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vetting a caregiver: officers record each check of the Art. 63(2) checklist with its
 * evidence, and the counselling and training sessions offered and attended. The checklist
 * itself, with what is missing or about to expire, is part of the caregiver's file.
 */
@RestController
@RequestMapping("/api/families/caregivers/{caregiverId}")
public class VettingController {

	/**
	 * A chair may verify too, in a commune with few staff, but then cannot decide on the
	 * same caregiver.
	 */
	private static final Role[] VERIFIERS = { Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER, Role.COMMUNE_CHAIR };

	private static final Role[] COUNSELLING = { Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER };

	private final CaregiverCommands commands;

	public VettingController(CaregiverCommands commands) {
		this.commands = commands;
	}

	@PostMapping("/vetting/checks")
	public CaregiverStatus recordCheck(@PathVariable String caregiverId, @Valid @RequestBody CheckRequest request) {
		return this.commands.send(caregiverId, VERIFIERS,
				by -> new RecordVettingCheck(caregiverId, request.kind(), request.subject(), request.outcome(),
						request.evidence().toEvidence(),
						(request.residence() != null) ? request.residence().toResidence() : null,
						stripped(request.note()), by));
	}

	@PostMapping("/counselling")
	public ResponseEntity<SessionOffered> offerCounselling(@PathVariable String caregiverId,
			@Valid @RequestBody SessionRequest request) {
		String sessionId = "session-" + UUID.randomUUID();
		CaregiverStatus status = this.commands.send(caregiverId, COUNSELLING,
				by -> new OfferCounselling(caregiverId, sessionId, request.kind(), request.topic().strip(),
						stripped(request.provider()), request.scheduledOn(), by));
		return ResponseEntity
			.created(URI.create("/api/families/caregivers/" + caregiverId + "/counselling/" + sessionId))
			.body(new SessionOffered(sessionId, status));
	}

	@PostMapping("/counselling/{sessionId}/attendance")
	public CaregiverStatus recordAttendance(@PathVariable String caregiverId, @PathVariable String sessionId,
			@Valid @RequestBody AttendanceRequest request) {
		return this.commands.send(caregiverId, COUNSELLING, by -> new RecordCounsellingAttendance(caregiverId,
				sessionId, request.attended(), stripped(request.note()), by));
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * @param subject {@code applicant}, {@code co-applicant}, {@code household} or a
	 * household member's {@code member-<n>}
	 * @param residence the residence card's dates, for a foreigner's residence check
	 */
	public record CheckRequest(@NotNull CheckKind kind,
			@NotNull @Pattern(regexp = "applicant|co-applicant|household|member-[1-9][0-9]?",
					message = "must be applicant, co-applicant, household or member-<n>") String subject,
			@NotNull CheckOutcome outcome, @NotNull @Valid EvidenceRequest evidence, @Valid ResidenceRequest residence,
			@Size(max = 2000) String note) {
	}

	/**
	 * @param reference where the document is filed, e.g. the certificate number
	 * @param issuedOn when it was issued or the home visit took place
	 * @param validUntil the end of validity the document itself states, if any
	 */
	public record EvidenceRequest(@NotBlank @Size(max = 200) String reference, @PastOrPresent LocalDate issuedOn,
			LocalDate validUntil) {

		@AssertTrue(message = "a document cannot end its validity before it was issued")
		public boolean isValidUntilNotBeforeIssuedOn() {
			return this.issuedOn == null || this.validUntil == null || !this.validUntil.isBefore(this.issuedOn);
		}

		Evidence toEvidence() {
			return new Evidence(this.reference.strip(), this.issuedOn, this.validUntil);
		}

	}

	public record ResidenceRequest(@NotNull @PastOrPresent LocalDate residentSince,
			@NotNull LocalDate permittedToStayUntil) {

		ForeignResidence toResidence() {
			return new ForeignResidence(this.residentSince, this.permittedToStayUntil);
		}

	}

	public record SessionRequest(@NotNull CounsellingKind kind, @NotBlank @Size(max = 300) String topic,
			@Size(max = 200) String provider, @NotNull LocalDate scheduledOn) {
	}

	public record AttendanceRequest(@NotNull Boolean attended, @Size(max = 2000) String note) {
	}

	public record SessionOffered(String sessionId, CaregiverStatus caregiver) {
	}

}
