package org.kinbridge.cases.alternativecare;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.kinbridge.cases.alternativecare.api.AddRelative;
import org.kinbridge.cases.alternativecare.api.AlternativeCareCategory;
import org.kinbridge.cases.alternativecare.api.AlternativeCareEligibilityConfirmed;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedEnded;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedIdentified;
import org.kinbridge.cases.alternativecare.api.CareType;
import org.kinbridge.cases.alternativecare.api.ChildDossierCompleted;
import org.kinbridge.cases.alternativecare.api.ChildOpinion;
import org.kinbridge.cases.alternativecare.api.ChildOpinionRecorded;
import org.kinbridge.cases.alternativecare.api.ChildProfile;
import org.kinbridge.cases.alternativecare.api.ChildTurned16InCare;
import org.kinbridge.cases.alternativecare.api.ConfirmEligibility;
import org.kinbridge.cases.alternativecare.api.Consent;
import org.kinbridge.cases.alternativecare.api.ConsentBasis;
import org.kinbridge.cases.alternativecare.api.ConsentRecorded;
import org.kinbridge.cases.alternativecare.api.DossierEvidence;
import org.kinbridge.cases.alternativecare.api.DossierItem;
import org.kinbridge.cases.alternativecare.api.DossierItemRecorded;
import org.kinbridge.cases.alternativecare.api.EndAlternativeCareNeed;
import org.kinbridge.cases.alternativecare.api.MatchingProfile;
import org.kinbridge.cases.alternativecare.api.NeedEndReason;
import org.kinbridge.cases.alternativecare.api.NeedStatus;
import org.kinbridge.cases.alternativecare.api.PlacementDecisionRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementEndRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalClosureRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementRef;
import org.kinbridge.cases.alternativecare.api.PlacementStartRecorded;
import org.kinbridge.cases.alternativecare.api.RecordAlternativeCareNeed;
import org.kinbridge.cases.alternativecare.api.RecordChildOpinion;
import org.kinbridge.cases.alternativecare.api.RecordConsent;
import org.kinbridge.cases.alternativecare.api.RecordDossierItem;
import org.kinbridge.cases.alternativecare.api.RecordPlacementDecision;
import org.kinbridge.cases.alternativecare.api.RecordPlacementEnd;
import org.kinbridge.cases.alternativecare.api.RecordPlacementProposal;
import org.kinbridge.cases.alternativecare.api.RecordPlacementProposalClosure;
import org.kinbridge.cases.alternativecare.api.RecordPlacementStart;
import org.kinbridge.cases.alternativecare.api.RelativeAdded;
import org.kinbridge.cases.alternativecare.api.RelativeDetails;
import org.kinbridge.cases.alternativecare.api.RelativeRef;
import org.kinbridge.cases.alternativecare.api.RelativeUpdated;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchEnded;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchStarted;
import org.kinbridge.cases.alternativecare.api.UpdateRelative;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.NotFoundException;
import org.kinbridge.platform.web.Problems.FieldError;

/**
 * The alternative-care part of a case file (Law on Children 2016 Art. 62–63, Circular
 * 14/2020): the needs of its children, their eligibility checklists, their relatives, and
 * the placements matching-service reports. The case file checks who acts, where, and at
 * which step the case is, then hands the command here; this part applies its own rules.
 */
public class AlternativeCare {

	/** A deadline per placed child, so that one placement's end cancels only its own. */
	public static final String TURNING_SIXTEEN_DEADLINE = "case-child-turns-16:";

	/** The Law on Children covers children under 16 (Art. 1). */
	static final int END_OF_CHILDHOOD = 16;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The care-need code for a disability the report recorded without details. */
	private static final String DISABILITY = "DISABILITY";

	private final Map<String, ChildFacts> children = new LinkedHashMap<>();

	private String siblingGroupId;

	private final Map<String, Need> needs = new LinkedHashMap<>();

	private final Map<String, RelativeDetails> relatives = new LinkedHashMap<>();

	/** The current placement of each placed child. */
	private final Map<String, Care> care = new HashMap<>();

	/** Matching-service's events already recorded, by CloudEvents id. */
	private final Set<String> recordedInputs = new HashSet<>();

	// The need and its checklist

	public NeedStatus identify(RecordAlternativeCareNeed command) {
		needIdMustBeNew(command.needId());
		childrenMustBeOfTheCase(command.childIds());
		aChildHasOneOpenNeedAtATime(command.childIds());
		profilesMustBeOfTheNeedsChildren(command);
		atLeastOneCareTypeIsSought(command);
		splittingSiblingsNeedsAReason(command);
		childrenInAFacilityMustBeOnItsApprovedList(command);
		apply(new AlternativeCareNeedIdentified(command.caseId(), command.needId(), command.childIds(),
				command.keepSiblingsTogether(), blankToNull(command.splitReason()), command.category(),
				command.reason(), command.legalBasis(), command.inFacility(),
				blankToNull(command.facilityListApprovalRef()), command.careTypesSought(), command.profiles(),
				command.by()));
		return NeedStatus.IDENTIFIED;
	}

	public NeedStatus recordDossierItem(RecordDossierItem command) {
		requireChecklistOpen(command.needId(), command.childId(), command.correctionReason());
		documentMustBeReferenced(command.evidence());
		photosMustBeDated(command.evidence(), today(command.by()));
		apply(new DossierItemRecorded(command.caseId(), command.needId(), command.childId(), command.evidence(),
				blankToNull(command.correctionReason()), command.by()));
		Need recorded = this.needs.get(command.needId());
		if (recorded.status() == NeedStatus.IDENTIFIED && EligibilityChecklist.dossierComplete(underReview(recorded))) {
			apply(new ChildDossierCompleted(command.caseId(), command.needId(), command.by()));
		}
		return statusOf(command.needId());
	}

	public NeedStatus recordConsent(RecordConsent command) {
		requireChecklistOpen(command.needId(), command.childId(), command.correctionReason());
		consentNamesWhoGaveItOrTheLegalGround(command.consent());
		apply(new ConsentRecorded(command.caseId(), command.needId(), command.childId(), command.consent(),
				blankToNull(command.correctionReason()), command.by()));
		return statusOf(command.needId());
	}

	public NeedStatus recordChildOpinion(RecordChildOpinion command) {
		requireChecklistOpen(command.needId(), command.childId(), command.correctionReason());
		if (command.opinion().obtainedOn().isAfter(today(command.by()))) {
			throw new DomainRuleViolation("alternative-care.opinion-in-future",
					"obtainedOn: an opinion cannot be recorded before it is obtained.");
		}
		apply(new ChildOpinionRecorded(command.caseId(), command.needId(), command.childId(), command.opinion(),
				blankToNull(command.correctionReason()), command.by()));
		return statusOf(command.needId());
	}

	/**
	 * @return the confirmed need's status, once every item of the checklist is met
	 * @throws ChecklistIncomplete (422) listing every unmet item
	 */
	public NeedStatus confirm(ConfirmEligibility command, CaseScope scope, AlternativeCareRules.ProvinceRules rules) {
		Need need = requireNeed(command.needId());
		requireNeedStatus(need, "confirming eligibility", NeedStatus.IDENTIFIED, NeedStatus.DOSSIER_COMPLETE);
		LocalDate today = today(command.by());
		List<EligibilityChecklist.ChildUnderReview> reviewed = underReview(need);
		List<FieldError> unmet = EligibilityChecklist.unmet(reviewed, today, rules);
		if (!unmet.isEmpty()) {
			throw new ChecklistIncomplete(unmet);
		}
		boolean anyHeard = reviewed.stream()
			.anyMatch(child -> EligibilityChecklist.opinionRequired(child.age(), today, rules));
		ConsentBasis consentBasis = reviewed.get(0).consent().basis();
		apply(new AlternativeCareEligibilityConfirmed(scope.caseId(), need.needId(), scope.provinceCode(),
				scope.communeCode(), this.siblingGroupId,
				need.childIds().stream().map(childId -> profileOf(need, childId, today)).toList(), need.keepTogether(),
				need.careTypes(),
				this.relatives.entrySet()
					.stream()
					.map(relative -> new RelativeRef(relative.getKey(), relative.getValue().relation(),
							relative.getValue().provinceCode(), relative.getValue().communeCode(),
							relative.getValue().caregiverId()))
					.toList(),
				need.category(), consentBasis, anyHeard ? Boolean.TRUE : null, need.reason(), need.legalBasis(),
				blankToNull(command.note()), command.by()));
		return statusOf(command.needId());
	}

	public NeedStatus end(EndAlternativeCareNeed command, CaseScope scope) {
		Need need = requireNeed(command.needId());
		requireNeedStatus(need, "ending the need", NeedStatus.IDENTIFIED, NeedStatus.DOSSIER_COMPLETE,
				NeedStatus.ELIGIBLE);
		if (command.reason() == NeedEndReason.CASE_CLOSED) {
			throw new DomainRuleViolation("alternative-care.end-reason-case-closed",
					"reason: CASE_CLOSED is recorded by closing the case.");
		}
		if (command.reason() == NeedEndReason.OTHER && blankToNull(command.note()) == null) {
			throw new DomainRuleViolation("alternative-care.end-reason-not-stated",
					"note: say why the need ended when the reason is OTHER.");
		}
		endNeed(need, scope, command.reason(), blankToNull(command.note()), command.by());
		return statusOf(command.needId());
	}

	/** Closing a case ends its open needs, so that matching stops looking for carers. */
	public void endOpenNeeds(CaseScope scope, String details, Acting by) {
		for (Need need : List.copyOf(this.needs.values())) {
			if (need.status() != NeedStatus.ENDED) {
				endNeed(need, scope, NeedEndReason.CASE_CLOSED, blankToNull(details), by);
			}
		}
	}

	private void endNeed(Need need, CaseScope scope, NeedEndReason reason, String note, Acting by) {
		apply(new AlternativeCareNeedEnded(scope.caseId(), need.needId(), need.childIds(), scope.provinceCode(),
				scope.communeCode(), reason, note, need.status() == NeedStatus.ELIGIBLE, by));
	}

	// Relatives (Circular 14/2020 Art. 10 cl. 3)

	public void addRelative(AddRelative command) {
		if (this.relatives.containsKey(command.relativeId())) {
			throw new ConflictException("The case already lists relative " + command.relativeId() + ".");
		}
		apply(new RelativeAdded(command.caseId(), command.relativeId(), command.relative(), command.by()));
	}

	public void updateRelative(UpdateRelative command) {
		if (!this.relatives.containsKey(command.relativeId())) {
			throw new NotFoundException("No relative " + command.relativeId() + " in case " + command.caseId());
		}
		apply(new RelativeUpdated(command.caseId(), command.relativeId(), command.relative(), command.by()));
	}

	// Placements, as matching-service reports them: recorded whatever the need's or the
	// case's state, because they happened; recorded once per matching event.

	public void recordProposal(RecordPlacementProposal command, CaseScope scope) {
		if (isNewInput(command.inputEventId(), command.placement(), command.by(), scope)) {
			apply(new PlacementProposalRecorded(scope.caseId(), command.placement(), command.careType(), command.rank(),
					command.score(), command.explanation(), command.inputEventId(), command.by()));
		}
	}

	public void recordProposalClosure(RecordPlacementProposalClosure command, CaseScope scope) {
		if (isNewInput(command.inputEventId(), command.placement(), command.by(), scope)) {
			apply(new PlacementProposalClosureRecorded(scope.caseId(), command.placement(), command.outcome(),
					command.reason(), command.inputEventId(), command.by()));
		}
	}

	public void recordDecision(RecordPlacementDecision command, CaseScope scope) {
		if (isNewInput(command.inputEventId(), command.placement(), command.by(), scope)) {
			apply(new PlacementDecisionRecorded(scope.caseId(), command.placement(), command.careType(),
					command.decisionNumber(), command.reason(), command.legalBasis(), command.handoverDueOn(),
					command.inputEventId(), command.by()));
		}
	}

	/**
	 * A child who will turn 16 in care is watched for that day; one who already has is
	 * flagged at once.
	 */
	public void recordStart(RecordPlacementStart command, CaseScope scope, DeadlineManager deadlines) {
		if (!isNewInput(command.inputEventId(), command.placement(), command.by(), scope)) {
			return;
		}
		PlacementRef placement = command.placement();
		apply(new PlacementStartRecorded(scope.caseId(), placement, command.careType(), command.startedOn(),
				command.inputEventId(), command.by()));
		Optional<LocalDate> turns16 = this.children.get(placement.childId()).age().dayOfTurning(END_OF_CHILDHOOD);
		if (turns16.isEmpty()) {
			return;
		}
		Instant dueAt = turns16.get().atStartOfDay(VIETNAM).toInstant();
		apply(new TurningSixteenInCareWatchStarted(scope.caseId(), placement, turns16.get(), dueAt));
		if (turns16.get().isAfter(command.startedOn())) {
			deadlines.schedule(dueAt, TURNING_SIXTEEN_DEADLINE + placement.childId(),
					new TurningSixteenInCareDue(scope.caseId(), placement.childId(), placement.placementId()));
		}
		else {
			apply(new ChildTurned16InCare(scope.caseId(), placement, turns16.get()));
		}
	}

	public void recordEnd(RecordPlacementEnd command, CaseScope scope, DeadlineManager deadlines) {
		if (!isNewInput(command.inputEventId(), command.placement(), command.by(), scope)) {
			return;
		}
		PlacementRef placement = command.placement();
		apply(new PlacementEndRecorded(scope.caseId(), placement, command.reason(), command.legalBasis(),
				command.note(), command.endedOn(), command.inputEventId(), command.by()));
		Care current = this.care.get(placement.childId());
		if (current != null && current.watching()
				&& current.placement().placementId().equals(placement.placementId())) {
			if (!current.turned16()) {
				deadlines.cancelAllWithinScope(TURNING_SIXTEEN_DEADLINE + placement.childId());
			}
			apply(new TurningSixteenInCareWatchEnded(scope.caseId(), current.placement(), command.by().at()));
		}
	}

	/**
	 * The deadline handler checks the state: a deadline may fire once more after a crash.
	 */
	@DeadlineHandler
	void turningSixteen(TurningSixteenInCareDue due) {
		Care current = this.care.get(due.childId());
		if (current != null && current.watching() && !current.turned16()
				&& current.placement().placementId().equals(due.placementId())) {
			apply(new ChildTurned16InCare(due.caseId(), current.placement(), current.turns16On()));
		}
	}

	// Rules

	private void needIdMustBeNew(String needId) {
		if (this.needs.containsKey(needId)) {
			throw new ConflictException("The case already has need " + needId + ".");
		}
	}

	private void childrenMustBeOfTheCase(List<String> childIds) {
		if (childIds.isEmpty()) {
			throw new DomainRuleViolation("alternative-care.no-child", "childIds: name at least one child.");
		}
		for (int i = 0; i < childIds.size(); i++) {
			if (!this.children.containsKey(childIds.get(i))) {
				throw new DomainRuleViolation("alternative-care.not-a-child-of-the-case",
						"childIds[" + i + "]: is not a child of this case.");
			}
			if (childIds.indexOf(childIds.get(i)) != i) {
				throw new DomainRuleViolation("alternative-care.child-twice",
						"childIds[" + i + "]: names the same child twice.");
			}
		}
	}

	private void aChildHasOneOpenNeedAtATime(List<String> childIds) {
		for (Need need : this.needs.values()) {
			for (String childId : childIds) {
				if (need.status() != NeedStatus.ENDED && need.childIds().contains(childId)) {
					throw new ConflictException("Child " + childId + " already has need " + need.needId()
							+ ", which is " + need.status() + "; end it before recording another.");
				}
			}
		}
	}

	private static void profilesMustBeOfTheNeedsChildren(RecordAlternativeCareNeed command) {
		for (int i = 0; i < command.profiles().size(); i++) {
			if (!command.childIds().contains(command.profiles().get(i).childId())) {
				throw new DomainRuleViolation("alternative-care.profile-of-another-child",
						"profiles[" + i + "].childId: is not a child of the need.");
			}
		}
	}

	private static void atLeastOneCareTypeIsSought(RecordAlternativeCareNeed command) {
		if (command.careTypesSought().isEmpty()) {
			throw new DomainRuleViolation("alternative-care.no-care-type",
					"careTypesSought: name at least one kind of care.");
		}
	}

	/**
	 * Brothers and sisters reported together stay together, so that care does not
	 * separate them a second time, unless the officer says why not.
	 */
	private void splittingSiblingsNeedsAReason(RecordAlternativeCareNeed command) {
		boolean leavesSiblingsOut = this.siblingGroupId != null
				&& !command.childIds().containsAll(this.children.keySet());
		boolean placesThemApart = command.childIds().size() > 1 && !command.keepSiblingsTogether();
		if ((leavesSiblingsOut || placesThemApart) && blankToNull(command.splitReason()) == null) {
			throw new DomainRuleViolation("alternative-care.siblings-split-without-reason",
					"splitReason: brothers and sisters are kept together; say why "
							+ (leavesSiblingsOut ? "not all of them are in the need." : "they may be placed apart."));
		}
	}

	private static void childrenInAFacilityMustBeOnItsApprovedList(RecordAlternativeCareNeed command) {
		if (command.inFacility() && blankToNull(command.facilityListApprovalRef()) == null) {
			throw new DomainRuleViolation("alternative-care.facility-list-not-approved",
					"facilityListApprovalRef: a child in a facility needs the approval of the facility's list.");
		}
	}

	/**
	 * A confirmed need's checklist changes only as a correction with its reason; an ended
	 * need's not at all.
	 */
	private void requireChecklistOpen(String needId, String childId, String correctionReason) {
		Need need = requireNeed(needId);
		requireNeedStatus(need, "recording its checklist", NeedStatus.IDENTIFIED, NeedStatus.DOSSIER_COMPLETE,
				NeedStatus.ELIGIBLE);
		if (need.status() == NeedStatus.ELIGIBLE && blankToNull(correctionReason) == null) {
			throw new ConflictException(
					"The need is ELIGIBLE; its checklist changes only as a correction, " + "with a correctionReason.");
		}
		if (!need.childIds().contains(childId)) {
			throw new DomainRuleViolation("alternative-care.not-a-child-of-the-need",
					"childId: is not a child of need " + needId + ".");
		}
	}

	private static void documentMustBeReferenced(DossierEvidence evidence) {
		boolean birthCertificate = evidence.item() == DossierItem.BIRTH_CERTIFICATE_OR_ID;
		if (!birthCertificate && blankToNull(evidence.notAvailableReason()) != null) {
			throw new DomainRuleViolation("alternative-care.document-required",
					"notAvailableReason: only a birth certificate or identity document may be missing.");
		}
		if (blankToNull(evidence.evidenceRef()) == null && blankToNull(evidence.notAvailableReason()) == null) {
			throw new DomainRuleViolation("alternative-care.document-not-referenced", "evidenceRef: give the "
					+ "document's reference" + (birthCertificate ? ", or say why the child has none." : "."));
		}
	}

	private static void photosMustBeDated(DossierEvidence evidence, LocalDate today) {
		if (evidence.item() != DossierItem.PHOTOS) {
			return;
		}
		if (evidence.takenOn() == null) {
			throw new DomainRuleViolation("alternative-care.photos-not-dated",
					"takenOn: say when the photos were taken.");
		}
		if (evidence.takenOn().isAfter(today)) {
			throw new DomainRuleViolation("alternative-care.photos-in-future",
					"takenOn: photos cannot be taken after today.");
		}
	}

	private static void consentNamesWhoGaveItOrTheLegalGround(Consent consent) {
		if (consent.basis() == ConsentBasis.LEGAL_EXCEPTION) {
			if (blankToNull(consent.legalGround()) == null) {
				throw new DomainRuleViolation("alternative-care.legal-ground-missing",
						"legalGround: name the provision that stands in for consent.");
			}
		}
		else if (blankToNull(consent.givenBy()) == null || blankToNull(consent.documentRef()) == null) {
			throw new DomainRuleViolation("alternative-care.consent-incomplete",
					(blankToNull(consent.givenBy()) == null) ? "givenBy: say who consented."
							: "documentRef: give the reference of the written consent.");
		}
	}

	private Need requireNeed(String needId) {
		Need need = this.needs.get(needId);
		if (need == null) {
			throw new NotFoundException("No need " + needId + " in this case");
		}
		return need;
	}

	private static void requireNeedStatus(Need need, String action, NeedStatus... allowed) {
		if (!List.of(allowed).contains(need.status())) {
			throw new ConflictException("The need is " + need.status() + "; " + action + " needs a need that is "
					+ String.join(" or ", List.of(allowed).stream().map(NeedStatus::name).toList()) + ".");
		}
	}

	/**
	 * @return whether the event is new to the case
	 * @throws UnexpectedPlacementEvent when it cannot be about this case
	 */
	private boolean isNewInput(String inputEventId, PlacementRef placement, Acting by, CaseScope scope) {
		if (this.recordedInputs.contains(inputEventId)) {
			return false;
		}
		if (!scope.provinceCode().equals(by.provinceCode())) {
			throw new UnexpectedPlacementEvent("Event " + inputEventId + " places case " + scope.caseId()
					+ " in province " + by.provinceCode() + ", but the case is of province " + scope.provinceCode());
		}
		Need need = this.needs.get(placement.needId());
		if (need == null || !need.announced()) {
			throw new UnexpectedPlacementEvent("Event " + inputEventId + " names need " + placement.needId()
					+ ", which case " + scope.caseId() + " never announced");
		}
		if (!need.childIds().contains(placement.childId())) {
			throw new UnexpectedPlacementEvent("Event " + inputEventId + " names child " + placement.childId()
					+ ", who is not in need " + placement.needId());
		}
		return true;
	}

	private List<EligibilityChecklist.ChildUnderReview> underReview(Need need) {
		return need.childIds().stream().map(childId -> {
			Checklist checklist = need.checklists().get(childId);
			return new EligibilityChecklist.ChildUnderReview(childId, this.children.get(childId).age(),
					checklist.dossier(), checklist.consent(), checklist.opinion());
		}).toList();
	}

	/** The child as matching sees them: the report's data and the officer's additions. */
	private ChildProfile profileOf(Need need, String childId, LocalDate today) {
		ChildFacts child = this.children.get(childId);
		MatchingProfile added = need.profiles()
			.stream()
			.filter(profile -> profile.childId().equals(childId))
			.findFirst()
			.orElse(new MatchingProfile(childId, List.of(), List.of()));
		Set<String> languages = new LinkedHashSet<>();
		if (child.language() != null) {
			languages.add(child.language());
		}
		languages.addAll(added.languages());
		Set<String> careNeeds = new LinkedHashSet<>(added.needs());
		if (Boolean.TRUE.equals(child.hasDisability())) {
			careNeeds.add(DISABILITY);
		}
		// The contract counts childhood to 17: an estimate that grew past it stops there.
		Integer estimatedAge = (child.age().dateOfBirth() == null)
				? child.age().ageOn(today).map(years -> Math.min(years, 17)).orElse(null) : null;
		return new ChildProfile(childId, child.sex(), child.age().dateOfBirth(), estimatedAge, child.ethnicity(),
				child.religion(), List.copyOf(languages), List.copyOf(careNeeds), child.circumstanceGroups());
	}

	private static LocalDate today(Acting by) {
		return LocalDate.ofInstant(by.at(), VIETNAM);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	// State

	@EventSourcingHandler
	void on(ReportReceived event) {
		LocalDate receivedOn = LocalDate.ofInstant(event.receivedAt(), VIETNAM);
		for (ReceiveReport.ReportedChild child : event.children()) {
			this.children.put(child.childId(),
					new ChildFacts(child.sex(), new AgeFacts(child.dateOfBirth(), child.estimatedAge(), receivedOn),
							child.ethnicity(), child.religion(), child.language(), child.hasDisability(),
							child.specialCircumstances()
								.stream()
								.map(ReceiveReport.SpecialCircumstance::group)
								.distinct()
								.toList()));
		}
		this.siblingGroupId = event.siblingGroupId();
	}

	@EventSourcingHandler
	void on(AlternativeCareNeedIdentified event) {
		Map<String, Checklist> checklists = new LinkedHashMap<>();
		event.childIds().forEach(childId -> checklists.put(childId, Checklist.EMPTY));
		this.needs.put(event.needId(),
				new Need(event.needId(), event.childIds(), NeedStatus.IDENTIFIED, false, event.keepSiblingsTogether(),
						event.category(), event.reason(), event.legalBasis(), event.careTypesSought(), event.profiles(),
						checklists));
	}

	@EventSourcingHandler
	void on(DossierItemRecorded event) {
		changeChecklist(event.needId(), event.childId(), checklist -> checklist.with(event.evidence()));
	}

	@EventSourcingHandler
	void on(ChildDossierCompleted event) {
		this.needs.computeIfPresent(event.needId(),
				(needId, need) -> need.withStatus(NeedStatus.DOSSIER_COMPLETE, need.announced()));
	}

	@EventSourcingHandler
	void on(ConsentRecorded event) {
		changeChecklist(event.needId(), event.childId(),
				checklist -> new Checklist(checklist.dossier(), event.consent(), checklist.opinion()));
	}

	@EventSourcingHandler
	void on(ChildOpinionRecorded event) {
		changeChecklist(event.needId(), event.childId(),
				checklist -> new Checklist(checklist.dossier(), checklist.consent(), event.opinion()));
	}

	@EventSourcingHandler
	void on(AlternativeCareEligibilityConfirmed event) {
		this.needs.computeIfPresent(event.needId(), (needId, need) -> need.withStatus(NeedStatus.ELIGIBLE, true));
	}

	@EventSourcingHandler
	void on(AlternativeCareNeedEnded event) {
		this.needs.computeIfPresent(event.needId(),
				(needId, need) -> need.withStatus(NeedStatus.ENDED, need.announced()));
	}

	@EventSourcingHandler
	void on(RelativeAdded event) {
		this.relatives.put(event.relativeId(), event.relative());
	}

	@EventSourcingHandler
	void on(RelativeUpdated event) {
		this.relatives.put(event.relativeId(), event.relative());
	}

	@EventSourcingHandler
	void on(PlacementProposalRecorded event) {
		this.recordedInputs.add(event.inputEventId());
	}

	@EventSourcingHandler
	void on(PlacementProposalClosureRecorded event) {
		this.recordedInputs.add(event.inputEventId());
	}

	@EventSourcingHandler
	void on(PlacementDecisionRecorded event) {
		this.recordedInputs.add(event.inputEventId());
	}

	@EventSourcingHandler
	void on(PlacementStartRecorded event) {
		this.recordedInputs.add(event.inputEventId());
		this.care.put(event.placement().childId(), new Care(event.placement(), false, false, null));
	}

	@EventSourcingHandler
	void on(PlacementEndRecorded event) {
		this.recordedInputs.add(event.inputEventId());
	}

	@EventSourcingHandler
	void on(TurningSixteenInCareWatchStarted event) {
		this.care.computeIfPresent(event.placement().childId(),
				(childId, current) -> current.watched(true, false, event.turns16On()));
	}

	@EventSourcingHandler
	void on(ChildTurned16InCare event) {
		this.care.computeIfPresent(event.placement().childId(),
				(childId, current) -> current.watched(current.watching(), true, current.turns16On()));
	}

	@EventSourcingHandler
	void on(TurningSixteenInCareWatchEnded event) {
		this.care.computeIfPresent(event.placement().childId(),
				(childId, current) -> current.watched(false, current.turned16(), current.turns16On()));
	}

	private NeedStatus statusOf(String needId) {
		return this.needs.get(needId).status();
	}

	private void changeChecklist(String needId, String childId, UnaryOperator<Checklist> change) {
		this.needs.computeIfPresent(needId, (id, need) -> need.withChecklist(childId, change));
	}

	/**
	 * What the case holds for the need's commands: its id, tenant and commune, which the
	 * case file owns.
	 */
	public record CaseScope(String caseId, String provinceCode, String communeCode) {
	}

	/** What the report recorded of a child, without the name. */
	private record ChildFacts(Sex sex, AgeFacts age, String ethnicity, String religion, String language,
			Boolean hasDisability, List<String> circumstanceGroups) {
	}

	/**
	 * A need as its rules see it. Records, so that the case file rebuilt from its events
	 * can be compared with the one that applied them.
	 */
	private record Need(String needId, List<String> childIds, NeedStatus status, boolean announced,
			boolean keepTogether, AlternativeCareCategory category, String reason, String legalBasis,
			List<CareType> careTypes, List<MatchingProfile> profiles, Map<String, Checklist> checklists) {

		Need withStatus(NeedStatus status, boolean announced) {
			return new Need(this.needId, this.childIds, status, announced, this.keepTogether, this.category,
					this.reason, this.legalBasis, this.careTypes, this.profiles, this.checklists);
		}

		Need withChecklist(String childId, UnaryOperator<Checklist> change) {
			Map<String, Checklist> checklists = new LinkedHashMap<>(this.checklists);
			checklists.put(childId, change.apply(checklists.get(childId)));
			return new Need(this.needId, this.childIds, this.status, this.announced, this.keepTogether, this.category,
					this.reason, this.legalBasis, this.careTypes, this.profiles, checklists);
		}

	}

	private record Checklist(Map<DossierItem, DossierEvidence> dossier, Consent consent, ChildOpinion opinion) {

		static final Checklist EMPTY = new Checklist(Map.of(), null, null);

		Checklist with(DossierEvidence evidence) {
			Map<DossierItem, DossierEvidence> more = new EnumMap<>(DossierItem.class);
			more.putAll(this.dossier);
			more.put(evidence.item(), evidence);
			return new Checklist(more, this.consent, this.opinion);
		}

	}

	/**
	 * A child's current placement, and the watch for their 16th birthday in it.
	 *
	 * @param turns16On the day watched for, {@code null} while none is
	 */
	private record Care(PlacementRef placement, boolean watching, boolean turned16, LocalDate turns16On) {

		Care watched(boolean watching, boolean turned16, LocalDate turns16On) {
			return new Care(this.placement, watching, turned16, turns16On);
		}

	}

}
