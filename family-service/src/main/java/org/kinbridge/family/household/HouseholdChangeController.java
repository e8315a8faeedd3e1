package org.kinbridge.family.household;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinbridge.family.caregiver.CaregiverCommands;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.caregiver.HouseholdChangeOutcome;
import org.kinbridge.family.household.api.HouseholdChangeKind;
import org.kinbridge.family.household.api.ReportHouseholdChange;
import org.kinbridge.family.registration.RegistrationRequest.MemberRequest;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes in a caregiver's household that the commune learns of after registration: who
 * moved in or out, and changes in the health or legal status of the applicants or a
 * member. The answer lists the checks to verify again.
 */
@RestController
@RequestMapping("/api/families/caregivers/{caregiverId}/household-changes")
public class HouseholdChangeController {

	/** Whoever may verify may record what makes a check doubtful. */
	private static final Role[] RECORDERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER };

	private final CaregiverCommands commands;

	public HouseholdChangeController(CaregiverCommands commands) {
		this.commands = commands;
	}

	@PostMapping
	public ResponseEntity<HouseholdChangeRecorded> report(@PathVariable String caregiverId,
			@Valid @RequestBody HouseholdChangeRequest request) {
		String changeId = "hc-" + UUID.randomUUID();
		HouseholdChangeOutcome outcome = this.commands.send(caregiverId, RECORDERS,
				by -> new ReportHouseholdChange(caregiverId, changeId, request.kind(), request.subject(),
						(request.member() != null) ? request.member().toMember(null) : null, request.details().strip(),
						request.reportedAt().toInstant(), request.reportedBy().strip(), by));
		return ResponseEntity
			.created(URI.create("/api/families/caregivers/" + caregiverId + "/household-changes/" + changeId))
			.body(new HouseholdChangeRecorded(changeId, outcome.subject(), outcome.reverify(), outcome.caregiver()));
	}

	/**
	 * @param subject whom the change is about: {@code applicant}, {@code co-applicant} or
	 * a {@code member-<n>}; left out for a member who joins
	 * @param member the member who joins, with their consent as recorded
	 * @param details what changed
	 * @param reportedAt when the commune was told
	 * @param reportedBy who told the commune
	 */
	public record HouseholdChangeRequest(@NotNull HouseholdChangeKind kind,
			@Pattern(regexp = "applicant|co-applicant|member-[1-9][0-9]?",
					message = "must be applicant, co-applicant or member-<n>") String subject,
			@Valid MemberRequest member, @NotBlank @Size(max = 2000) String details, @NotNull OffsetDateTime reportedAt,
			@NotBlank @Size(max = 200) String reportedBy) {

		@AssertTrue(message = "give the member who joins, and only for MEMBER_JOINED")
		public boolean isMember() {
			return (this.kind == HouseholdChangeKind.MEMBER_JOINED) == (this.member != null) || this.kind == null;
		}

		@AssertTrue(message = "say whom the change is about (not for MEMBER_JOINED)")
		public boolean isSubject() {
			return (this.kind == HouseholdChangeKind.MEMBER_JOINED) == (this.subject == null) || this.kind == null;
		}

	}

	/**
	 * @param subject whom the change is about; for a member who joined, their new id
	 * @param reverify the checks to verify again
	 */
	public record HouseholdChangeRecorded(String changeId, String subject, List<String> reverify,
			CaregiverStatus caregiver) {
	}

}
