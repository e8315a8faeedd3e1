package org.kinbridge.matching.placement;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.kinbridge.matching.access.AccessPurpose;
import org.kinbridge.matching.access.ReadSubjects;
import org.kinbridge.matching.placement.PlacementCommands.PlacementStep;
import org.kinbridge.matching.placement.api.CareType;
import org.kinbridge.matching.placement.api.CompleteHandover;
import org.kinbridge.matching.placement.api.DeclineProposal;
import org.kinbridge.matching.placement.api.DecliningParty;
import org.kinbridge.matching.placement.api.EndPlacement;
import org.kinbridge.matching.placement.api.EndReason;
import org.kinbridge.matching.placement.api.IssueDecision;
import org.kinbridge.matching.placement.api.MonitoringTrigger;
import org.kinbridge.matching.placement.api.RecordCaregiverConsent;
import org.kinbridge.matching.placement.api.RecordChildOpinion;
import org.kinbridge.matching.placement.api.RecordMonitoringReport;
import org.kinbridge.matching.placement.api.RejectProposal;
import org.kinbridge.matching.placement.api.WithdrawProposal;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The placement process: commune officers (and province officers) propose, record the
 * caregiver's consent, the child's opinion, the handover and monitoring, and decline,
 * withdraw or end; the commune chair decides or rejects. Each step answers with the state
 * the placement is now at. Every placement shown to a reader is recorded in the access
 * log.
 */
@RestController
@Validated
@RequestMapping("/api/matching/placements")
public class PlacementController {

	private static final Role[] OFFICERS = { Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER };

	private static final Role[] CHAIR = { Role.COMMUNE_CHAIR };

	/** Officers and the chair: the chair may also end a placement on Art. 69 grounds. */
	private static final Role[] ENDERS = { Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER, Role.COMMUNE_CHAIR };

	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private final PlacementProposals proposals;

	private final PlacementCommands placements;

	private final PlacementProjection views;

	private final TenantGuard tenant;

	private final AccessLog accessLog;

	public PlacementController(PlacementProposals proposals, PlacementCommands placements, PlacementProjection views,
			TenantGuard tenant, AccessLog accessLog) {
		this.proposals = proposals;
		this.placements = placements;
		this.views = views;
		this.tenant = tenant;
		this.accessLog = accessLog;
	}

	@PostMapping
	public ResponseEntity<Map<String, String>> propose(@Valid @RequestBody ProposalRequest request) {
		String placementId = this.proposals
			.propose(new PlacementProposals.Proposal(request.needId().strip(), request.caregiverId().strip(),
					request.careType(), stripped(request.shortlistId()), request.rank(), request.reason().strip()));
		return ResponseEntity.created(URI.create("/api/matching/placements/" + placementId))
			.body(Map.of("placementId", placementId));
	}

	@PostMapping("/{placementId}/caregiver-consent")
	public PlacementStep consent(@PathVariable String placementId, @Valid @RequestBody ConsentRequest request) {
		return this.placements.send(placementId, OFFICERS,
				by -> new RecordCaregiverConsent(placementId, request.consentedOn(), stripped(request.note()), by));
	}

	@PostMapping("/{placementId}/child-opinion")
	public PlacementStep childOpinion(@PathVariable String placementId, @Valid @RequestBody OpinionRequest request) {
		return this.placements.send(placementId, OFFICERS, by -> new RecordChildOpinion(placementId,
				request.consultedOn(), request.opinion().strip(), request.agrees(), by));
	}

	@PostMapping("/{placementId}/decision")
	public PlacementStep decide(@PathVariable String placementId, @Valid @RequestBody DecisionRequest request) {
		return this.placements.send(placementId, CHAIR, by -> new IssueDecision(placementId,
				request.decisionNumber().strip(), request.reason().strip(), request.legalBasis().strip(), by));
	}

	@PostMapping("/{placementId}/reject")
	public PlacementStep reject(@PathVariable String placementId, @Valid @RequestBody ReasonRequest request) {
		return this.placements.send(placementId, CHAIR,
				by -> new RejectProposal(placementId, request.reason().strip(), by));
	}

	@PostMapping("/{placementId}/handover")
	public PlacementStep handover(@PathVariable String placementId, @Valid @RequestBody HandoverRequest request) {
		return this.placements.send(placementId, OFFICERS,
				by -> new CompleteHandover(placementId, request.handedOverOn(), stripped(request.note()), by));
	}

	@PostMapping("/{placementId}/monitoring-reports")
	public PlacementStep monitoringReport(@PathVariable String placementId,
			@Valid @RequestBody MonitoringRequest request) {
		return this.placements.send(placementId, OFFICERS, by -> new RecordMonitoringReport(placementId,
				request.reportedOn(), request.trigger(), request.summary().strip(), by));
	}

	@PostMapping("/{placementId}/decline")
	public PlacementStep decline(@PathVariable String placementId, @Valid @RequestBody DeclineRequest request) {
		return this.placements.send(placementId, OFFICERS,
				by -> new DeclineProposal(placementId, request.party(), request.reason().strip(), by));
	}

	@PostMapping("/{placementId}/withdraw")
	public PlacementStep withdraw(@PathVariable String placementId, @Valid @RequestBody WithdrawRequest request) {
		return this.placements.send(placementId, OFFICERS,
				by -> new WithdrawProposal(placementId, request.reason().strip(), stripped(request.legalBasis()), by));
	}

	@PostMapping("/{placementId}/end")
	public PlacementStep end(@PathVariable String placementId, @Valid @RequestBody EndRequest request) {
		return this.placements.send(placementId, ENDERS,
				by -> new EndPlacement(placementId, request.reason(), request.legalBasis().strip(),
						stripped(request.note()), request.endedOn(),
						Boolean.TRUE.equals(request.anotherFormOfCareNeeded()), by));
	}

	@GetMapping("/{placementId}")
	public PlacementView placement(@PathVariable String placementId) {
		Actor actor = this.tenant.requireAnyRole(READERS);
		PlacementView view = this.views.find(placementId)
			.orElseThrow(() -> new NotFoundException("placement " + placementId + " is not known"));
		this.tenant.requireInScope(new ProvinceCode(view.provinceCode()), new CommuneCode(view.communeCode()));
		record(actor, List.of(view), "GET /api/matching/placements/{placementId}", AccessPurpose.PLACEMENT_VIEW);
		return view;
	}

	/** The caller's province, and commune for commune roles; newest first. */
	@GetMapping
	public List<PlacementView> placements(@RequestParam(required = false) @Size(max = 100) String needId,
			@RequestParam(required = false) PlacementState state) {
		Actor actor = this.tenant.requireAnyRole(READERS);
		List<PlacementView> shown = this.views.list(actor.province().value(),
				actor.isProvinceWide() ? null : actor.commune().value(), stripped(needId), state);
		record(actor, shown, "GET /api/matching/placements", AccessPurpose.LIST);
		return shown;
	}

	private void record(Actor actor, List<PlacementView> shown, String endpoint, AccessPurpose purpose) {
		this.accessLog.recordReads(ReadSubjects.PLACEMENT, actor, actor.firstRoleOf(READERS),
				shown.stream()
					.map(view -> new AccessLog.Shown(view.placementId(), view.needId(), view.provinceCode(),
							view.communeCode()))
					.toList(),
				endpoint, purpose.name());
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public record ProposalRequest(@NotBlank @Size(max = 100) String needId,
			@NotBlank @Size(max = 100) String caregiverId, @NotNull CareType careType,
			@Size(max = 100) String shortlistId, @Positive Integer rank, @NotBlank @Size(max = 2000) String reason) {
	}

	public record ConsentRequest(@NotNull LocalDate consentedOn, @Size(max = 2000) String note) {
	}

	public record OpinionRequest(@NotNull LocalDate consultedOn, @NotBlank @Size(max = 4000) String opinion,
			@NotNull Boolean agrees) {
	}

	public record DecisionRequest(@NotBlank @Size(max = 50) String decisionNumber,
			@NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 500) String legalBasis) {
	}

	public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	public record HandoverRequest(@NotNull LocalDate handedOverOn, @Size(max = 2000) String note) {
	}

	public record MonitoringRequest(@NotNull LocalDate reportedOn, @NotNull MonitoringTrigger trigger,
			@NotBlank @Size(max = 8000) String summary) {
	}

	public record DeclineRequest(@NotNull DecliningParty party, @NotBlank @Size(max = 2000) String reason) {
	}

	public record WithdrawRequest(@NotBlank @Size(max = 2000) String reason, @Size(max = 500) String legalBasis) {
	}

	public record EndRequest(@NotNull EndReason reason, @NotBlank @Size(max = 500) String legalBasis,
			@Size(max = 2000) String note, @NotNull LocalDate endedOn, Boolean anotherFormOfCareNeeded) {
	}

}
