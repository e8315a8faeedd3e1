package org.kinbridge.cases.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kinbridge.cases.casefile.CaseCommands;
import org.kinbridge.cases.casefile.CaseCommands.CaseStep;
import org.kinbridge.cases.plan.api.ApprovePlan;
import org.kinbridge.cases.plan.api.DraftPlan;
import org.kinbridge.cases.plan.api.RecordPlanReview;
import org.kinbridge.cases.plan.api.ReturnPlan;
import org.kinbridge.cases.plan.api.RevisePlan;
import org.kinbridge.cases.plan.api.SubmitPlan;
import org.kinbridge.cases.plan.api.SupportPlan;
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
 * The support and intervention plan: the commune officer drafts, submits, reviews and
 * revises it; the commune chair reads, then approves or returns it.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/plan")
public class PlanController {

	private static final Role[] OFFICER = { Role.COMMUNE_OFFICER };

	private static final Role[] CHAIR = { Role.COMMUNE_CHAIR };

	/** Collaborators report and follow up, but do not read assessments and plans. */
	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private final CaseCommands cases;

	private final CaseReader reader;

	private final TenantGuard tenant;

	private final PlanProjection plans;

	public PlanController(CaseCommands cases, CaseReader reader, TenantGuard tenant, PlanProjection plans) {
		this.cases = cases;
		this.reader = reader;
		this.tenant = tenant;
		this.plans = plans;
	}

	@GetMapping
	public PlanView plan(@PathVariable String caseId) {
		this.tenant.requireAnyRole(READERS);
		this.reader.open(caseId, "GET /api/cases/{caseId}/plan", AccessPurpose.CASE_VIEW);
		return this.plans.find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId + " has no plan yet."));
	}

	@PostMapping
	public CaseStep draft(@PathVariable String caseId, @Valid @RequestBody PlanRequest request) {
		return this.cases.send(caseId, OFFICER, by -> new DraftPlan(caseId, request.toPlan(), by));
	}

	@PostMapping("/submit")
	public CaseStep submit(@PathVariable String caseId) {
		return this.cases.send(caseId, OFFICER, by -> new SubmitPlan(caseId, by));
	}

	@PostMapping("/approve")
	public CaseStep approve(@PathVariable String caseId, @Valid @RequestBody ApprovalRequest request) {
		return this.cases.send(caseId, CHAIR,
				by -> new ApprovePlan(caseId, stripped(request.note()), request.legalBasis().strip(), by));
	}

	@PostMapping("/return")
	public CaseStep giveBack(@PathVariable String caseId, @Valid @RequestBody ReturnRequest request) {
		return this.cases.send(caseId, CHAIR, by -> new ReturnPlan(caseId, request.reason().strip(), by));
	}

	@PostMapping("/reviews")
	public CaseStep review(@PathVariable String caseId, @Valid @RequestBody ReviewRequest request) {
		return this.cases.send(caseId, OFFICER, by -> new RecordPlanReview(caseId, request.reviewedOn(),
				request.progress().strip(), request.nextReviewOn(), by));
	}

	@PostMapping("/revisions")
	public CaseStep revise(@PathVariable String caseId, @Valid @RequestBody RevisionRequest request) {
		return this.cases.send(caseId, OFFICER,
				by -> new RevisePlan(caseId, request.plan().toPlan(), request.reason().strip(), by));
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public record PlanRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> goals,
			@NotEmpty @Size(max = 50) List<@NotNull @Valid ActionRequest> actions, @NotNull LocalDate startsOn,
			@NotNull LocalDate endsOn) {

		@AssertTrue(message = "the plan cannot end before it starts")
		public boolean isEndsOnNotBeforeStartsOn() {
			return this.startsOn == null || this.endsOn == null || !this.endsOn.isBefore(this.startsOn);
		}

		SupportPlan toPlan() {
			return new SupportPlan(this.goals.stream().map(String::strip).toList(),
					this.actions.stream()
						.map(action -> new SupportPlan.PlannedAction(action.description().strip(),
								action.responsibleService().strip(), action.dueBy()))
						.toList(),
					this.startsOn, this.endsOn);
		}

	}

	public record ActionRequest(@NotBlank @Size(max = 2000) String description,
			@NotBlank @Size(max = 200) String responsibleService, LocalDate dueBy) {
	}

	public record ApprovalRequest(@Size(max = 2000) String note, @NotBlank @Size(max = 500) String legalBasis) {
	}

	public record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	public record ReviewRequest(@NotNull LocalDate reviewedOn, @NotBlank @Size(max = 8000) String progress,
			@NotNull LocalDate nextReviewOn) {

		@AssertTrue(message = "the next review must come after this one")
		public boolean isNextReviewOnAfterReviewedOn() {
			return this.reviewedOn == null || this.nextReviewOn == null || this.nextReviewOn.isAfter(this.reviewedOn);
		}

	}

	public record RevisionRequest(@NotNull @Valid PlanRequest plan, @NotBlank @Size(max = 2000) String reason) {
	}

}
