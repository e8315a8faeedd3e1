package org.kinbridge.matching.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.kinbridge.matching.candidates.CandidateCaregiver;
import org.kinbridge.matching.candidates.CandidateCaregivers;
import org.kinbridge.matching.children.WaitingChild;
import org.kinbridge.matching.children.WaitingChildren;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.matching.placement.api.CareType;
import org.kinbridge.matching.placement.api.ChildAge;
import org.kinbridge.matching.placement.api.ConfirmHold;
import org.kinbridge.matching.placement.api.HoldPlace;
import org.kinbridge.matching.placement.api.PlacementRef;
import org.kinbridge.matching.placement.api.ProposalBasis;
import org.kinbridge.matching.placement.api.ProposePlacement;
import org.kinbridge.matching.placement.api.ReleasePlace;
import org.kinbridge.matching.shortlist.Shortlist;
import org.kinbridge.matching.shortlist.ShortlistService;
import org.kinbridge.matching.shortlist.ranking.RankedCandidate;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Makes a proposal: checks the child and the caregiver against matching's views, holds
 * one of the caregiver's places, and only then creates the placement. A proposal that
 * cannot be created gives its place back at once; one lost to a crash in between gives it
 * back when the hold lapses.
 */
@Component
public class PlacementProposals {

	static final Role[] PROPOSERS = { Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER };

	private static final Logger log = LoggerFactory.getLogger(PlacementProposals.class);

	private final PlacementCommands placements;

	private final CommandGateway commands;

	private final WaitingChildren children;

	private final CandidateCaregivers caregivers;

	private final PlacementProjection views;

	private final PlacementRules rules;

	private final TenantGuard tenant;

	private final ShortlistService shortlists;

	public PlacementProposals(PlacementCommands placements, CommandGateway commands, WaitingChildren children,
			CandidateCaregivers caregivers, PlacementProjection views, PlacementRules rules, TenantGuard tenant,
			ShortlistService shortlists) {
		this.shortlists = shortlists;
		this.placements = placements;
		this.commands = commands;
		this.children = children;
		this.caregivers = caregivers;
		this.views = views;
		this.rules = rules;
		this.tenant = tenant;
	}

	/**
	 * @param request what the officer proposes
	 * @return the new placement's id
	 */
	public String propose(Proposal request) {
		Acting by = this.placements.acting(PROPOSERS);
		WaitingChild need = waitingNeed(by.provinceCode(), request.needId());
		CandidateCaregiver caregiver = eligibleCaregiver(by.provinceCode(), request.caregiverId());
		careTypeMustFit(request.careType(), need, caregiver);
		needMustHaveNoOpenPlacement(by.provinceCode(), request.needId());
		ProposalBasis basis = basis(request);
		String placementId = "pl-" + UUID.randomUUID();
		PlacementRef ref = new PlacementRef(placementId, need.needId(), need.caseId(), need.child().childId(),
				caregiver.caregiverId(), need.provinceCode(), need.communeCode(), request.careType());
		hold(new HoldPlace(caregiver.caregiverId(), caregiver.provinceCode(), placementId, need.needId(),
				caregiver.capacity(), by));
		try {
			this.commands
				.sendAndWait(new ProposePlacement(ref, childAge(need), need.since(), basis, request.reason(), by));
		}
		catch (RuntimeException ex) {
			this.commands.sendAndWait(
					new ReleasePlace(caregiver.caregiverId(), placementId, "The proposal could not be made.", by));
			throw ex;
		}
		confirmHold(caregiver.caregiverId(), placementId);
		return placementId;
	}

	/**
	 * Another province's or another commune's child is answered as not found, exactly
	 * like an unknown need, as every object outside the caller's scope is (OWASP API1): a
	 * 422 would be an answer about an object the caller may not know of.
	 */
	private WaitingChild waitingNeed(String provinceCode, String needId) {
		WaitingChild need = this.children.find(provinceCode, needId)
			.filter(found -> this.tenant.canSee(new ProvinceCode(found.provinceCode()),
					new CommuneCode(found.communeCode())))
			.orElseThrow(() -> new NotFoundException("need " + needId + " is not in the area of the caller"));
		if (!need.isWaiting()) {
			throw new DomainRuleViolation("placement.need-not-waiting",
					"needId: the case ended this need for alternative care; no child waits under it.");
		}
		return need;
	}

	/** A caregiver of another province is answered like an unknown one: not found. */
	private CandidateCaregiver eligibleCaregiver(String provinceCode, String caregiverId) {
		CandidateCaregiver caregiver = this.caregivers.find(provinceCode, caregiverId)
			.orElseThrow(
					() -> new NotFoundException("caregiver " + caregiverId + " is not in province " + provinceCode));
		if (!caregiver.isEligible()) {
			throw new DomainRuleViolation("placement.caregiver-not-eligible",
					"caregiverId: the caregiver is " + caregiver.state() + " on the commune register, not ELIGIBLE.");
		}
		return caregiver;
	}

	private static void careTypeMustFit(CareType careType, WaitingChild need, CandidateCaregiver caregiver) {
		if (caregiver.careTypes() == null || !caregiver.careTypes().contains(careType.name())) {
			throw new DomainRuleViolation("placement.care-type-not-offered",
					"careType: the caregiver offers " + caregiver.careTypes() + ", not " + careType + ".");
		}
		if (need.careTypesSought() != null && !need.careTypesSought().isEmpty()
				&& !need.careTypesSought().contains(careType.name())) {
			throw new DomainRuleViolation("placement.care-type-not-sought",
					"careType: the need seeks " + need.careTypesSought() + ", not " + careType + ".");
		}
	}

	/**
	 * One caregiver at a time is asked for a child; read from the view, so two proposals
	 * made in the same instant may both pass, and the officer withdraws one.
	 */
	private void needMustHaveNoOpenPlacement(String provinceCode, String needId) {
		List<PlacementView> open = this.views.openFor(provinceCode, needId);
		if (!open.isEmpty()) {
			PlacementView first = open.get(0);
			throw new ConflictException("The need already has placement " + first.placementId() + " in state "
					+ first.state() + "; it must close or end before another caregiver is proposed.");
		}
	}

	/**
	 * Two replicas holding the last place at once: the event store refuses the second
	 * append, and a second try finds the place taken and says so.
	 */
	private void hold(HoldPlace command) {
		try {
			this.commands.sendAndWait(command);
		}
		catch (ConcurrencyException ex) {
			this.commands.sendAndWait(command);
		}
	}

	/** The saga confirms too; failing here only means the saga's confirmation counts. */
	private void confirmHold(String caregiverId, String placementId) {
		try {
			this.commands.sendAndWait(new ConfirmHold(caregiverId, placementId));
		}
		catch (RuntimeException ex) {
			log.warn("Hold of placement {} not confirmed yet, the saga will: {}", placementId, ex.toString());
		}
	}

	private ChildAge childAge(WaitingChild need) {
		WaitingChild.ChildProfile child = need.child();
		LocalDate estimatedOn = (need.since() != null) ? this.rules.dayOf(need.since()) : null;
		return new ChildAge(child.dateOfBirth(), child.estimatedAge(), estimatedOn);
	}

	/**
	 * A caregiver picked from a stored shortlist brings its rank, score and explanation;
	 * one proposed by hand has no score, and the explanation says so and carries the
	 * officer's reason.
	 */
	private ProposalBasis basis(Proposal request) {
		if (request.shortlistId() == null) {
			if (request.rank() != null) {
				throw new DomainRuleViolation("placement.rank-without-shortlist",
						"rank: a rank is only given with the shortlistId it comes from.");
			}
			return new ProposalBasis(null, 1, 0,
					List.of("Proposed by hand, not ranked by matching: " + request.reason()));
		}
		Shortlist shortlist;
		try {
			shortlist = this.shortlists.get(request.needId(), request.shortlistId());
		}
		catch (NotFoundException ex) {
			throw new DomainRuleViolation("placement.unknown-shortlist",
					"shortlistId: the need has no shortlist with this id in your area.");
		}
		RankedCandidate entry = shortlist.ranking()
			.candidates()
			.stream()
			.filter(candidate -> candidate.caregiverId().equals(request.caregiverId()))
			.findFirst()
			.orElseThrow(() -> new DomainRuleViolation("placement.not-on-shortlist",
					"caregiverId: the caregiver is not listed on shortlist " + request.shortlistId() + "."));
		if (request.rank() != null && request.rank() != entry.rank()) {
			throw new DomainRuleViolation("placement.rank-mismatch", "rank: the caregiver is ranked " + entry.rank()
					+ " on shortlist " + request.shortlistId() + ", not " + request.rank() + ".");
		}
		List<String> explanation = entry.explanation().isEmpty()
				? List.of("Ranked " + entry.rank() + " on shortlist " + request.shortlistId() + ".")
				: entry.explanation();
		return new ProposalBasis(request.shortlistId(), entry.rank(), entry.score(), explanation);
	}

	/**
	 * What an officer proposes.
	 *
	 * @param shortlistId the shortlist the caregiver was picked from, or {@code null}
	 * @param rank the caregiver's rank on that shortlist, or {@code null}
	 */
	public record Proposal(String needId, String caregiverId, CareType careType, String shortlistId, Integer rank,
			String reason) {
	}

}
