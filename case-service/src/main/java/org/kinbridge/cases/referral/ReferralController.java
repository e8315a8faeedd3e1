package org.kinbridge.cases.referral;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kinbridge.cases.casefile.CaseCommands;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.reading.AccessPurpose;
import org.kinbridge.cases.reading.CaseReader;
import org.kinbridge.cases.referral.api.AcceptReferral;
import org.kinbridge.cases.referral.api.AgencyRespondent;
import org.kinbridge.cases.referral.api.CompleteReferral;
import org.kinbridge.cases.referral.api.ReferCase;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.RejectReferral;
import org.kinbridge.cases.referral.api.RevokeReferral;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals (chuyển gửi): the case's commune or province refers children to a service and
 * records its answers, or offers the case to another commune or province, which sees what
 * is shared in its incoming list and accepts (taking the case over) or rejects.
 */
@RestController
@RequestMapping("/api/cases")
public class ReferralController {

	/** Who refers, records a service's answers, and answers a transfer. */
	private static final Role[] OFFICERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER };

	/**
	 * Collaborators report and follow up, but do not read referrals and their consent.
	 */
	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private final CaseCommands cases;

	private final CaseReader reader;

	private final TenantGuard tenant;

	private final ReferralProjection referrals;

	private final IncomingReferrals incoming;

	private final Supplier<String> ids;

	@Autowired
	public ReferralController(CaseCommands cases, CaseReader reader, TenantGuard tenant, ReferralProjection referrals,
			IncomingReferrals incoming) {
		this(cases, reader, tenant, referrals, incoming, () -> UUID.randomUUID().toString());
	}

	ReferralController(CaseCommands cases, CaseReader reader, TenantGuard tenant, ReferralProjection referrals,
			IncomingReferrals incoming, Supplier<String> ids) {
		this.cases = cases;
		this.reader = reader;
		this.tenant = tenant;
		this.referrals = referrals;
		this.incoming = incoming;
		this.ids = ids;
	}

	@PostMapping("/{caseId}/referrals")
	public ResponseEntity<ReferralStep> refer(@PathVariable String caseId,
			@Valid @RequestBody ReferralRequest request) {
		String referralId = "referral-" + this.ids.get();
		ReferralStatus status = this.cases.answer(OFFICERS,
				(by) -> new ReferCase(caseId, referralId, request.toTarget(), request.childIds(),
						request.purpose().strip(), ReferralRequest.stripped(request.legalBasis()),
						request.sharedItems(), request.toConsent(), request.toOpinions(), request.toOverride(), by));
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/referrals/" + referralId))
			.body(new ReferralStep(caseId, referralId, status));
	}

	/**
	 * A service's acceptance, which the case's officer records with who answered; or the
	 * receiving commune or province's acceptance of a transfer, with its legal basis.
	 */
	@PostMapping("/{caseId}/referrals/{referralId}/accept")
	public ReferralStep accept(@PathVariable String caseId, @PathVariable String referralId,
			@Valid @RequestBody(required = false) AcceptRequest request) {
		AcceptRequest body = (request != null) ? request : new AcceptRequest(null, null, null);
		return step(caseId, referralId, (by) -> new AcceptReferral(caseId, referralId, body.toRespondent(),
				ReferralRequest.stripped(body.note()), ReferralRequest.stripped(body.legalBasis()), by));
	}

	@PostMapping("/{caseId}/referrals/{referralId}/reject")
	public ReferralStep reject(@PathVariable String caseId, @PathVariable String referralId,
			@Valid @RequestBody RejectRequest request) {
		return step(caseId, referralId, (by) -> new RejectReferral(caseId, referralId, request.reason().strip(),
				RespondentRequest.toRespondent(request.respondent()), by));
	}

	@PostMapping("/{caseId}/referrals/{referralId}/revoke")
	public ReferralStep revoke(@PathVariable String caseId, @PathVariable String referralId,
			@Valid @RequestBody RevokeRequest request) {
		return step(caseId, referralId, (by) -> new RevokeReferral(caseId, referralId, request.reason().strip(), by));
	}

	@PostMapping("/{caseId}/referrals/{referralId}/done")
	public ReferralStep done(@PathVariable String caseId, @PathVariable String referralId,
			@Valid @RequestBody DoneRequest request) {
		return step(caseId, referralId, (by) -> new CompleteReferral(caseId, referralId, request.outcome().strip(),
				RespondentRequest.toRespondent(request.respondent()), by));
	}

	/** The case's referrals with their consent and answers, oldest first. */
	@GetMapping("/{caseId}/referrals")
	public List<ReferralView> ofCase(@PathVariable String caseId) {
		this.tenant.requireAnyRole(READERS);
		this.reader.open(caseId, "GET /api/cases/{caseId}/referrals", AccessPurpose.CASE_VIEW);
		return this.referrals.ofCase(caseId);
	}

	/**
	 * Transfers to the caller's province, or commune for a commune-bound user, newest
	 * first, each with only what it shares while it waits for an answer.
	 * @param status only transfers in this state
	 */
	@GetMapping("/referrals/incoming")
	public List<IncomingReferral> incoming(@RequestParam(required = false) ReferralStatus status) {
		return this.incoming.of(this.tenant.requireAnyRole(OFFICERS), status);
	}

	private ReferralStep step(String caseId, String referralId, Function<Acting, Object> command) {
		ReferralStatus status = this.cases.answer(OFFICERS, command);
		return new ReferralStep(caseId, referralId, status);
	}

	/** The answer to a referral command: where the referral now stands. */
	public record ReferralStep(String caseId, String referralId, ReferralStatus status) {
	}

	/**
	 * @param name who at the service answered
	 * @param position their position, or {@code null}
	 */
	public record RespondentRequest(@NotBlank @Size(max = 120) String name, @Size(max = 200) String position) {

		static AgencyRespondent toRespondent(RespondentRequest request) {
			return (request == null) ? null
					: new AgencyRespondent(request.name().strip(), ReferralRequest.stripped(request.position()));
		}

	}

	/**
	 * @param respondent who at the service answered; required for services
	 * @param legalBasis the provisions on which a transfer is taken over; required for
	 * transfers
	 */
	public record AcceptRequest(@Valid RespondentRequest respondent, @Size(max = 2000) String note,
			@Size(max = 500) String legalBasis) {

		AgencyRespondent toRespondent() {
			return RespondentRequest.toRespondent(this.respondent);
		}

	}

	/**
	 * @param respondent who at the service answered; required for services
	 */
	public record RejectRequest(@NotBlank @Size(max = 2000) String reason, @Valid RespondentRequest respondent) {
	}

	public record RevokeRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	/**
	 * @param respondent who at the service reported the outcome; required for services
	 */
	public record DoneRequest(@NotBlank @Size(max = 4000) String outcome, @Valid RespondentRequest respondent) {
	}

}
