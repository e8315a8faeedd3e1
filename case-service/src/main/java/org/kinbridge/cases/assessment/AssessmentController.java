package org.kinbridge.cases.assessment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kinbridge.cases.assessment.api.CaseMeeting;
import org.kinbridge.cases.assessment.api.EmergencyMeasureKind;
import org.kinbridge.cases.assessment.api.RecordEmergencyMeasure;
import org.kinbridge.cases.assessment.api.RecordInitialAssessment;
import org.kinbridge.cases.assessment.api.RecordSpecificAssessment;
import org.kinbridge.cases.assessment.api.RiskLevel;
import org.kinbridge.cases.casefile.CaseCommands;
import org.kinbridge.cases.casefile.CaseCommands.CaseStep;
import org.kinbridge.cases.reading.AccessPurpose;
import org.kinbridge.cases.reading.CaseReader;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commune officer's assessments of a case, and the emergency measures that the
 * officer or the commune chair apply; those who oversee the case read them.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
public class AssessmentController {

	private static final Role[] OFFICER = { Role.COMMUNE_OFFICER };

	/**
	 * The chair directs emergency measures (Decree 56/2017 Art. 26); the officer records
	 * them too.
	 */
	private static final Role[] EMERGENCY = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR };

	/** Collaborators report and follow up, but do not read assessments and plans. */
	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private final CaseCommands cases;

	private final CaseReader reader;

	private final TenantGuard tenant;

	private final AssessmentProjection assessments;

	public AssessmentController(CaseCommands cases, CaseReader reader, TenantGuard tenant,
			AssessmentProjection assessments) {
		this.cases = cases;
		this.reader = reader;
		this.tenant = tenant;
		this.assessments = assessments;
	}

	@GetMapping("/assessments")
	public AssessmentView assessments(@PathVariable String caseId) {
		this.tenant.requireAnyRole(READERS);
		this.reader.open(caseId, "GET /api/cases/{caseId}/assessments", AccessPurpose.CASE_VIEW);
		return this.assessments.find(caseId)
			.orElseThrow(() -> new NotFoundException("Case " + caseId + " has no assessment yet."));
	}

	@PostMapping("/initial-assessment")
	public CaseStep recordInitialAssessment(@PathVariable String caseId,
			@Valid @RequestBody InitialAssessmentRequest request) {
		return this.cases.send(caseId, OFFICER, by -> new RecordInitialAssessment(caseId, request.riskLevel(),
				request.seriousHarm(), request.findings().strip(), by));
	}

	@PostMapping("/emergency-measures")
	public CaseStep recordEmergencyMeasure(@PathVariable String caseId,
			@Valid @RequestBody EmergencyMeasureRequest request) {
		return this.cases.send(caseId, EMERGENCY, by -> new RecordEmergencyMeasure(caseId, request.kind(),
				request.description().strip(), request.legalBasis().strip(), by));
	}

	@PostMapping("/specific-assessment")
	public CaseStep recordSpecificAssessment(@PathVariable String caseId,
			@Valid @RequestBody SpecificAssessmentRequest request) {
		CaseMeeting meeting = new CaseMeeting(request.meeting().heldOn(), request.meeting()
			.participants()
			.stream()
			.map(participant -> new CaseMeeting.Participant(participant.name().strip(), participant.capacity().strip()))
			.toList(), request.meeting().conclusions().strip());
		return this.cases.send(caseId, OFFICER, by -> new RecordSpecificAssessment(caseId, request.riskLevel(),
				request.findings().strip(), meeting, by));
	}

	public record InitialAssessmentRequest(@NotNull RiskLevel riskLevel, @NotNull Boolean seriousHarm,
			@NotBlank @Size(max = 8000) String findings) {
	}

	public record EmergencyMeasureRequest(@NotNull EmergencyMeasureKind kind,
			@NotBlank @Size(max = 4000) String description, @NotBlank @Size(max = 500) String legalBasis) {
	}

	public record SpecificAssessmentRequest(@NotNull RiskLevel riskLevel, @NotBlank @Size(max = 8000) String findings,
			@NotNull @Valid MeetingRequest meeting) {
	}

	public record MeetingRequest(@NotNull LocalDate heldOn,
			@NotEmpty @Size(max = 50) List<@NotNull @Valid ParticipantRequest> participants,
			@NotBlank @Size(max = 8000) String conclusions) {
	}

	public record ParticipantRequest(@NotBlank @Size(max = 120) String name,
			@NotBlank @Size(max = 200) String capacity) {
	}

}
