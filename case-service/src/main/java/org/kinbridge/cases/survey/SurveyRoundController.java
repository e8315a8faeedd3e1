package org.kinbridge.cases.survey;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kinbridge.cases.intake.CaseOpening;
import org.kinbridge.cases.intake.ReportRequest;
import org.kinbridge.cases.survey.api.AssignCollaborator;
import org.kinbridge.cases.survey.api.CloseSurveyRound;
import org.kinbridge.cases.survey.api.OpenSurveyRound;
import org.kinbridge.cases.survey.api.RecordHamletSurvey;
import org.kinbridge.cases.survey.api.SurveyFinding;
import org.kinbridge.cases.survey.api.SurveyedHamlet;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Survey rounds of a commune: an officer opens one over the commune's active hamlets,
 * assigns collaborators, and closes it; each hamlet's survey is recorded by its
 * collaborator or by an officer for them, and each child found opens a case.
 */
@RestController
@RequestMapping("/api/cases/communes/{communeCode}/survey-rounds")
public class SurveyRoundController {

	private static final String COMMUNE_CODE = RosterController.COMMUNE_CODE;

	private static final String COMMUNE_CODE_MESSAGE = RosterController.COMMUNE_CODE_MESSAGE;

	/** Officers first, so that an officer who also collaborates records as an officer. */
	private static final Role[] RECORDERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.COLLABORATOR };

	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.COLLABORATOR, Role.AUDITOR };

	private final CommandGateway commands;

	private final CommuneScope communes;

	private final RosterProjection roster;

	private final SurveyRoundProjection rounds;

	private final SurveyFindings findings;

	private final CaseOpening opening;

	public SurveyRoundController(CommandGateway commands, CommuneScope communes, RosterProjection roster,
			SurveyRoundProjection rounds, SurveyFindings findings, CaseOpening opening) {
		this.commands = commands;
		this.communes = communes;
		this.roster = roster;
		this.rounds = rounds;
		this.findings = findings;
		this.opening = opening;
	}

	@GetMapping
	public List<SurveyRoundView> rounds(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode) {
		this.communes.require(communeCode, READERS);
		return this.rounds.rounds(communeCode);
	}

	@GetMapping("/{roundId}")
	public SurveyRoundView round(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@PathVariable String roundId) {
		this.communes.require(communeCode, READERS);
		return roundOf(communeCode, roundId);
	}

	/** The round covers the hamlets that are active on the roster when it opens. */
	@PostMapping
	public ResponseEntity<RoundAnswer> open(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@Valid @RequestBody OpenRequest request) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, RosterController.KEEPERS);
		List<SurveyedHamlet> hamlets = this.roster.hamlets(communeCode)
			.stream()
			.filter(HamletView::isActive)
			.map((hamlet) -> new SurveyedHamlet(hamlet.code(), hamlet.name()))
			.toList();
		String roundId = "survey-" + UUID.randomUUID();
		this.commands.sendAndWait(new OpenSurveyRound(roundId, commune.provinceCode(), communeCode,
				request.title().strip(), request.periodStart(), request.periodEnd(), hamlets, commune.by()));
		return ResponseEntity.created(URI.create("/api/cases/communes/" + communeCode + "/survey-rounds/" + roundId))
			.body(new RoundAnswer(roundId, SurveyRoundView.OPEN, hamlets.size()));
	}

	/**
	 * A collaborator who does not cover the hamlet on the roster may be assigned with a
	 * reason; one whose service ended may not.
	 */
	@PutMapping("/{roundId}/hamlets/{hamletCode}/assignment")
	public AssignmentAnswer assign(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@PathVariable String roundId, @PathVariable String hamletCode,
			@Valid @RequestBody AssignmentRequest request) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, RosterController.KEEPERS);
		CollaboratorView collaborator = this.findings.collaboratorOf(communeCode, request.collaboratorId());
		if (!collaborator.isActive()) {
			throw new ConflictException("The collaborator's service is ENDED (last day " + collaborator.lastDay()
					+ "); only an ACTIVE collaborator can be assigned.");
		}
		boolean covers = collaborator.covers(hamletCode);
		this.commands.sendAndWait(new AssignCollaborator(roundId, communeCode, hamletCode,
				collaborator.collaboratorId(), collaborator.fullName(), collaborator.userId(), covers,
				blankToNull(request.reason()), commune.by()));
		return new AssignmentAnswer(roundId, hamletCode, collaborator.collaboratorId(), covers);
	}

	/**
	 * Records a hamlet's survey; every finding opens a case through intake, with the
	 * channel {@code COLLABORATOR_SURVEY} and the collaborator as reporter.
	 */
	@PostMapping("/{roundId}/hamlets/{hamletCode}/survey")
	public ResponseEntity<SurveyAnswer> record(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@PathVariable String roundId, @PathVariable String hamletCode, @Valid @RequestBody SurveyRequest request) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, RECORDERS);
		SurveyRoundView round = roundOf(communeCode, roundId);
		SurveyRoundView.HamletProgress hamlet = round.hamlets()
			.stream()
			.filter((candidate) -> candidate.hamletCode().equals(hamletCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("hamlet " + hamletCode + " is not part of round " + roundId));
		String collaboratorId = (request.collaboratorId() != null) ? request.collaboratorId() : hamlet.collaboratorId();
		if (collaboratorId == null) {
			throw new ConflictException(
					"Hamlet " + hamletCode + " is UNASSIGNED; assign a collaborator before recording its survey.");
		}
		CollaboratorView collaborator = this.findings.collaboratorOf(communeCode, collaboratorId);
		List<SurveyFindings.Finding> reports = this.findings.reports(commune, round, hamlet, collaborator, request);
		this.commands.sendAndWait(new RecordHamletSurvey(roundId, communeCode, hamletCode, collaboratorId,
				request.surveyedAt().toInstant(), request.householdsVisited(), request.childrenFound(),
				reports.stream().map(SurveyFindings.Finding::finding).toList(), commune.by()));
		List<OpenedCase> opened = new ArrayList<>();
		for (SurveyFindings.Finding report : reports) {
			List<String> possibleDuplicates = this.opening.open(report.command())
				.stream()
				.map((candidate) -> candidate.otherCaseId())
				.toList();
			opened.add(new OpenedCase(report.finding().findingId(), report.command().caseId(),
					report.command().caseNumber(), possibleDuplicates));
		}
		return ResponseEntity.created(URI.create("/api/cases/communes/" + communeCode + "/survey-rounds/" + roundId))
			.body(new SurveyAnswer(roundId, hamletCode, collaboratorId, opened));
	}

	@PostMapping("/{roundId}/close")
	public RoundAnswer close(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@PathVariable String roundId, @Valid @RequestBody CloseRequest request) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, RosterController.KEEPERS);
		this.commands
			.sendAndWait(new CloseSurveyRound(roundId, communeCode, blankToNull(request.reason()), commune.by()));
		return new RoundAnswer(roundId, SurveyRoundView.CLOSED, null);
	}

	private SurveyRoundView roundOf(String communeCode, String roundId) {
		return this.rounds.round(roundId)
			.filter((round) -> round.communeCode().equals(communeCode))
			.orElseThrow(() -> new NotFoundException("no survey round " + roundId + " in commune " + communeCode));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public record OpenRequest(@NotBlank @Size(max = 200) String title, @NotNull LocalDate periodStart,
			@NotNull LocalDate periodEnd) {
	}

	/**
	 * @param reason why, required when the collaborator does not cover the hamlet
	 */
	public record AssignmentRequest(@NotBlank @Size(max = 80) String collaboratorId, @Size(max = 1000) String reason) {
	}

	/**
	 * A hamlet's survey.
	 *
	 * @param collaboratorId who surveyed it; the collaborator assigned when left out
	 * @param childrenFound children in special circumstances found, including children
	 * the commune already knows, who are not reported again
	 * @param findings the children newly reported, one case each
	 */
	public record SurveyRequest(@Size(max = 80) String collaboratorId,
			@NotNull @PastOrPresent OffsetDateTime surveyedAt, @Min(0) @Max(10_000) int householdsVisited,
			@Min(0) @Max(1_000) int childrenFound,
			@NotNull @Size(max = 50) List<@NotNull @Valid FindingRequest> findings) {
	}

	/**
	 * A child found in special circumstances, described as on Form 01.
	 *
	 * @param summary what the collaborator saw, in their words
	 */
	public record FindingRequest(@Size(max = 3000) String summary, @NotNull @Valid ReportRequest.ChildRequest child) {
	}

	public record CloseRequest(@Size(max = 1000) String reason) {
	}

	public record RoundAnswer(String roundId, String status, Integer hamlets) {
	}

	public record AssignmentAnswer(String roundId, String hamletCode, String collaboratorId, boolean coversHamlet) {
	}

	/**
	 * @param possibleDuplicates earlier cases the new case may duplicate
	 */
	public record OpenedCase(String findingId, String caseId, String caseNumber, List<String> possibleDuplicates) {
	}

	public record SurveyAnswer(String roundId, String hamletCode, String collaboratorId, List<OpenedCase> cases) {
	}

}
