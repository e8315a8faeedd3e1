package org.kinbridge.cases.alternativecare;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.kinbridge.cases.alternativecare.AlternativeCareView.Arrangement;
import org.kinbridge.cases.alternativecare.AlternativeCareView.ChildAge;
import org.kinbridge.cases.alternativecare.AlternativeCareView.ChildChecklist;
import org.kinbridge.cases.alternativecare.AlternativeCareView.HistoryEntry;
import org.kinbridge.cases.alternativecare.AlternativeCareView.NeedView;
import org.kinbridge.cases.alternativecare.AlternativeCareView.Proposal;
import org.kinbridge.cases.alternativecare.AlternativeCareView.RecordedConsent;
import org.kinbridge.cases.alternativecare.AlternativeCareView.RecordedEvidence;
import org.kinbridge.cases.alternativecare.AlternativeCareView.RecordedOpinion;
import org.kinbridge.cases.alternativecare.AlternativeCareView.RelativeView;
import org.kinbridge.cases.alternativecare.api.AlternativeCareEligibilityConfirmed;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedEnded;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedIdentified;
import org.kinbridge.cases.alternativecare.api.ChildDossierCompleted;
import org.kinbridge.cases.alternativecare.api.ChildOpinionRecorded;
import org.kinbridge.cases.alternativecare.api.ChildTurned16InCare;
import org.kinbridge.cases.alternativecare.api.ConsentRecorded;
import org.kinbridge.cases.alternativecare.api.DossierItemRecorded;
import org.kinbridge.cases.alternativecare.api.NeedStatus;
import org.kinbridge.cases.alternativecare.api.PlacementDecisionRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementEndRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalClosureRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementRef;
import org.kinbridge.cases.alternativecare.api.PlacementStartRecorded;
import org.kinbridge.cases.alternativecare.api.RelativeAdded;
import org.kinbridge.cases.alternativecare.api.RelativeDetails;
import org.kinbridge.cases.alternativecare.api.RelativeUpdated;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchEnded;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchStarted;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.intake.api.ReceiveReport;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link AlternativeCareView} and the {@code alternativeCare} block of the case
 * summary. It runs with the case-file projection, in its processing group, so that the
 * summary it reads and writes is always up to date with the case's earlier events. A
 * redelivered event is recognised by its id in the history and changes nothing.
 */
@Component
@ProcessingGroup("case-files")
public class AlternativeCareProjection {

	static final String NONE = "NONE";

	static final String PROPOSED = "PROPOSED";

	static final String DECIDED = "DECIDED";

	static final String PLACED = "PLACED";

	static final String ENDED = "ENDED";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MongoTemplate mongo;

	public AlternativeCareProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), AlternativeCareView.class);
	}

	public Optional<AlternativeCareView> find(String caseId) {
		return Optional.ofNullable(this.mongo.findById(caseId, AlternativeCareView.class));
	}

	// The need and its checklist

	@EventHandler
	void on(AlternativeCareNeedIdentified event, EventMessage<?> message) {
		NeedView need = new NeedView(event.needId(), NeedStatus.IDENTIFIED, event.childIds(),
				event.keepSiblingsTogether(), event.splitReason(), event.category(), event.reason(), event.legalBasis(),
				event.inFacility(), event.facilityListApprovalRef(), event.careTypesSought(), event.profiles(),
				event.childIds()
					.stream()
					.map(childId -> new ChildChecklist(childId, null, null, null, null, null, null))
					.toList(),
				event.by(), null, null, null, null, null, null);
		change(event.caseId(), message,
				history(event.needId(), null, null,
						"Need for alternative care identified for " + String.join(", ", event.childIds()) + " ("
								+ event.category() + "); care sought: " + event.careTypesSought(),
						null, event.by()),
				view -> {
					List<Arrangement> arrangements = new ArrayList<>(view.arrangements());
					arrangements.removeIf(known -> event.childIds().contains(known.childId()));
					event.childIds()
						.forEach(childId -> arrangements.add(new Arrangement(childId, event.needId(), NONE, null, null,
								null, null, null, null, null, null, List.of(), null, null)));
					return withNeedsAndArrangements(view, add(view.needs(), need), arrangements);
				});
	}

	@EventHandler
	void on(DossierItemRecorded event, EventMessage<?> message) {
		RecordedEvidence recorded = new RecordedEvidence(event.evidence(), event.correctionReason(), event.by());
		changeChecklist(event.caseId(), message, event.needId(), event.childId(),
				event.evidence().item() + " recorded for " + event.childId() + correction(event.correctionReason()),
				event.by(), checklist -> checklist.with(event.evidence().item(), recorded));
	}

	@EventHandler
	void on(ConsentRecorded event, EventMessage<?> message) {
		RecordedConsent recorded = new RecordedConsent(event.consent(), event.correctionReason(), event.by());
		changeChecklist(event.caseId(), message, event.needId(), event.childId(), "Consent ("
				+ event.consent().basis() + ") recorded for " + event.childId() + correction(event.correctionReason()),
				event.by(),
				checklist -> new ChildChecklist(checklist.childId(), checklist.birthCertificateOrId(),
						checklist.healthRecord(), checklist.photos(), checklist.assessmentForm10(), recorded,
						checklist.childOpinion()));
	}

	@EventHandler
	void on(ChildOpinionRecorded event, EventMessage<?> message) {
		RecordedOpinion recorded = new RecordedOpinion(event.opinion(), event.correctionReason(), event.by());
		changeChecklist(event.caseId(), message, event.needId(), event.childId(),
				"Opinion of " + event.childId() + " recorded: " + (event.opinion().agrees() ? "agrees" : "disagrees")
						+ correction(event.correctionReason()),
				event.by(),
				checklist -> new ChildChecklist(checklist.childId(), checklist.birthCertificateOrId(),
						checklist.healthRecord(), checklist.photos(), checklist.assessmentForm10(), checklist.consent(),
						recorded));
	}

	@EventHandler
	void on(ChildDossierCompleted event, EventMessage<?> message) {
		changeNeed(event.caseId(), message, event.needId(), "Every document of the dossier is recorded", event.by(),
				need -> withStatus(need, NeedStatus.DOSSIER_COMPLETE, need.confirmedBy(), need.confirmationNote(), null,
						null, null));
	}

	@EventHandler
	void on(AlternativeCareEligibilityConfirmed event, EventMessage<?> message) {
		changeNeed(event.caseId(), message, event.needId(), "Eligibility confirmed; matching-service is told",
				event.by(), need -> withStatus(need, NeedStatus.ELIGIBLE, event.by(), event.note(), null, null, null));
	}

	@EventHandler
	void on(AlternativeCareNeedEnded event, EventMessage<?> message) {
		changeNeed(event.caseId(), message, event.needId(), "Need ended: " + event.reason(), event.by(),
				need -> withStatus(need, NeedStatus.ENDED, need.confirmedBy(), need.confirmationNote(),
						event.reason().name(), event.note(), event.by()));
	}

	// Relatives

	@EventHandler
	void on(RelativeAdded event, EventMessage<?> message) {
		changeRelative(event.caseId(), message, event.relativeId(), event.relative(), event.by(), "added");
	}

	@EventHandler
	void on(RelativeUpdated event, EventMessage<?> message) {
		changeRelative(event.caseId(), message, event.relativeId(), event.relative(), event.by(), "updated");
	}

	// Placements, from matching-service

	@EventHandler
	void on(PlacementProposalRecorded event, EventMessage<?> message) {
		PlacementRef placement = event.placement();
		Proposal proposal = new Proposal(placement.placementId(), placement.caregiverId(), event.careType(),
				event.rank(), event.score(), event.explanation());
		changeArrangement(
				event.caseId(), message, placement, "Caregiver " + placement.caregiverId() + " proposed (rank "
						+ event.rank() + ", score " + event.score() + ", " + event.careType() + ")",
				event.inputEventId(), event.by(), known -> {
					List<Proposal> open = new ArrayList<>(known.openProposals());
					open.removeIf(each -> each.placementId().equals(placement.placementId()));
					open.add(proposal);
					return proposing(known, open);
				});
	}

	@EventHandler
	void on(PlacementProposalClosureRecorded event, EventMessage<?> message) {
		PlacementRef placement = event.placement();
		changeArrangement(event.caseId(), message, placement,
				"Proposal of caregiver " + placement.caregiverId() + " closed: " + event.outcome(),
				event.inputEventId(), event.by(), known -> {
					List<Proposal> open = new ArrayList<>(known.openProposals());
					open.removeIf(each -> each.placementId().equals(placement.placementId()));
					return proposing(known, open);
				});
	}

	@EventHandler
	void on(PlacementDecisionRecorded event, EventMessage<?> message) {
		PlacementRef placement = event.placement();
		changeArrangement(
				event.caseId(), message, placement, "Placement with caregiver " + placement.caregiverId()
						+ " decided (decision " + event.decisionNumber() + "), handover by " + event.handoverDueOn(),
				event.inputEventId(), event.by(),
				known -> new Arrangement(known.childId(), known.needId(), DECIDED, placement.placementId(),
						placement.caregiverId(), event.careType(), event.decisionNumber(), event.handoverDueOn(), null,
						null, null, without(known.openProposals(), placement), null, null));
	}

	@EventHandler
	void on(PlacementStartRecorded event, EventMessage<?> message) {
		PlacementRef placement = event.placement();
		changeArrangement(event.caseId(), message, placement,
				"Placed with caregiver "
						+ placement.caregiverId() + " since " + event.startedOn() + " (" + event.careType() + ")",
				event.inputEventId(), event.by(),
				known -> new Arrangement(known.childId(), known.needId(), PLACED, placement.placementId(),
						placement.caregiverId(), event.careType(), known.decisionNumber(), known.handoverDueOn(),
						event.startedOn(), null, null, without(known.openProposals(), placement), null, null));
	}

	@EventHandler
	void on(PlacementEndRecorded event, EventMessage<?> message) {
		PlacementRef placement = event.placement();
		changeArrangement(event.caseId(), message, placement,
				"Placement with caregiver "
						+ placement.caregiverId() + " ended on " + event.endedOn() + ": " + event.reason(),
				event.inputEventId(), event.by(),
				known -> placement.placementId().equals(known.placementId())
						? new Arrangement(known.childId(), known.needId(), ENDED, known.placementId(),
								known.caregiverId(), known.careType(), known.decisionNumber(), known.handoverDueOn(),
								null, event.endedOn(), event.reason(), known.openProposals(), null, null)
						: known);
	}

	@EventHandler
	void on(TurningSixteenInCareWatchStarted event, EventMessage<?> message) {
		changeArrangement(event.caseId(), message, event.placement(),
				"Turns 16 on " + event.turns16On() + " in care: the case watches for that day", null, null,
				known -> turning16(known, event.turns16On(), null));
	}

	@EventHandler
	void on(ChildTurned16InCare event, EventMessage<?> message) {
		changeArrangement(event.caseId(), message, event.placement(),
				"Turned 16 in care on " + event.turnedOn() + ": the placement needs a decision", null, null,
				known -> turning16(known, known.turns16On(), event.turnedOn()));
	}

	@EventHandler
	void on(TurningSixteenInCareWatchEnded event, EventMessage<?> message) {
		changeArrangement(event.caseId(), message, event.placement(),
				"The watch for the 16th birthday ended with the placement", null, null, known -> known);
	}

	// Changes

	private void changeChecklist(String caseId, EventMessage<?> message, String needId, String childId, String summary,
			Acting by, UnaryOperator<ChildChecklist> change) {
		changeNeed(caseId, message, needId, summary, by,
				need -> new NeedView(need.needId(), need.status(), need.childIds(), need.keepSiblingsTogether(),
						need.splitReason(), need.category(), need.reason(), need.legalBasis(), need.inFacility(),
						need.facilityListApprovalRef(), need.careTypesSought(), need.profiles(),
						need.checklist()
							.stream()
							.map(checklist -> checklist.childId().equals(childId) ? change.apply(checklist) : checklist)
							.toList(),
						need.identifiedBy(), need.confirmedBy(), need.confirmationNote(), need.endReason(),
						need.endNote(), need.endedBy(), null));
	}

	private void changeNeed(String caseId, EventMessage<?> message, String needId, String summary, Acting by,
			UnaryOperator<NeedView> change) {
		change(caseId, message, history(needId, null, null, summary, null, by), view -> withNeedsAndArrangements(view,
				view.needs().stream().map(need -> need.needId().equals(needId) ? change.apply(need) : need).toList(),
				view.arrangements()));
	}

	private void changeRelative(String caseId, EventMessage<?> message, String relativeId, RelativeDetails details,
			Acting by, String what) {
		change(caseId, message,
				history(null, null, null, "Relative " + relativeId + " (" + details.relation() + ") " + what, null, by),
				view -> {
					List<RelativeView> relatives = new ArrayList<>(view.relatives());
					Optional<RelativeView> known = relatives.stream()
						.filter(relative -> relative.relativeId().equals(relativeId))
						.findFirst();
					known.ifPresent(relatives::remove);
					boolean elsewhere = !details.provinceCode().equals(view.provinceCode())
							|| (details.communeCode() != null && !details.communeCode().equals(view.communeCode()));
					relatives.add(known
						.map(relative -> new RelativeView(relativeId, details, elsewhere, relative.addedBy(), by))
						.orElseGet(() -> new RelativeView(relativeId, details, elsewhere, by, null)));
					return new AlternativeCareView(view.caseId(), view.provinceCode(), view.communeCode(),
							view.children(), view.needs(), relatives, view.arrangements(), view.history());
				});
	}

	private void changeArrangement(String caseId, EventMessage<?> message, PlacementRef placement, String summary,
			String inputEventId, Acting by, UnaryOperator<Arrangement> change) {
		change(caseId, message,
				history(placement.needId(), placement.childId(), placement.placementId(), summary, inputEventId, by),
				view -> withNeedsAndArrangements(view, view.needs(),
						view.arrangements()
							.stream()
							.map(known -> known.childId().equals(placement.childId()) ? change.apply(known) : known)
							.toList()));
	}

	/**
	 * Events of one case arrive in order on one thread, so read-then-write is safe; the
	 * history tells a redelivered event.
	 */
	private void change(String caseId, EventMessage<?> message, HistoryEntry entry,
			UnaryOperator<AlternativeCareView> change) {
		AlternativeCareView view = find(caseId).or(() -> startFor(caseId)).orElse(null);
		if (view == null
				|| view.history().stream().anyMatch(known -> known.eventId().equals(message.getIdentifier()))) {
			return;
		}
		AlternativeCareView changed = change.apply(view);
		List<HistoryEntry> history = new ArrayList<>(changed.history());
		history.add(new HistoryEntry(message.getIdentifier(), message.getTimestamp(),
				message.getPayloadType().getSimpleName(), entry.needId(), entry.childId(), entry.placementId(),
				entry.summary(), entry.inputEventId(), entry.by()));
		AlternativeCareView saved = new AlternativeCareView(changed.caseId(), changed.provinceCode(),
				changed.communeCode(), changed.children(), changed.needs(), changed.relatives(), changed.arrangements(),
				history);
		this.mongo.save(saved);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)),
				Update.update("alternativeCare", atAGlance(saved)), CaseSummary.class);
	}

	/**
	 * A case's first alternative-care event starts its view from the case summary, which
	 * the same processor keeps and so holds every earlier event of the case.
	 */
	private Optional<AlternativeCareView> startFor(String caseId) {
		return Optional.ofNullable(this.mongo.findById(caseId, CaseSummary.class)).map(summary -> {
			LocalDate receivedOn = LocalDate.ofInstant(summary.receivedAt(), VIETNAM);
			List<ChildAge> children = summary.children()
				.stream()
				.map((ReceiveReport.ReportedChild child) -> new ChildAge(child.childId(), child.dateOfBirth(),
						child.estimatedAge(), receivedOn))
				.toList();
			return new AlternativeCareView(caseId, summary.provinceCode(), summary.communeCode(), children, List.of(),
					List.of(), List.of(), List.of());
		});
	}

	/** The block of the case summary: open needs and each child's care. */
	static CaseSummary.AlternativeCareAtAGlance atAGlance(AlternativeCareView view) {
		int open = (int) view.needs().stream().filter(need -> need.status() != NeedStatus.ENDED).count();
		List<CaseSummary.ChildInCare> children = view.arrangements().stream().map(arrangement -> {
			NeedStatus needStatus = view.needs()
				.stream()
				.filter(need -> need.needId().equals(arrangement.needId()))
				.map(NeedView::status)
				.findFirst()
				.orElse(null);
			return new CaseSummary.ChildInCare(arrangement.childId(), arrangement.needId(),
					(needStatus != null) ? needStatus.name() : null, arrangement.status(), arrangement.caregiverId(),
					(arrangement.careType() != null) ? arrangement.careType().name() : null, arrangement.placedSince(),
					PLACED.equals(arrangement.status()) && arrangement.turned16InCareOn() != null);
		}).toList();
		return new CaseSummary.AlternativeCareAtAGlance(open, children);
	}

	/**
	 * A decided or running placement stays the arrangement whatever is proposed;
	 * otherwise the best-ranked open proposal is, and none left means none.
	 */
	private static Arrangement proposing(Arrangement known, List<Proposal> open) {
		List<Proposal> ranked = bestFirst(open);
		boolean settled = DECIDED.equals(known.status()) || PLACED.equals(known.status());
		if (settled || (ranked.isEmpty() && !PROPOSED.equals(known.status()))) {
			return new Arrangement(known.childId(), known.needId(), known.status(), known.placementId(),
					known.caregiverId(), known.careType(), known.decisionNumber(), known.handoverDueOn(),
					known.placedSince(), known.endedOn(), known.endReason(), ranked, known.turns16On(),
					known.turned16InCareOn());
		}
		if (ranked.isEmpty()) {
			return new Arrangement(known.childId(), known.needId(), NONE, null, null, null, null, null, null, null,
					null, List.of(), null, null);
		}
		return new Arrangement(known.childId(), known.needId(), PROPOSED, null, ranked.get(0).caregiverId(),
				ranked.get(0).careType(), null, null, null, null, null, ranked, null, null);
	}

	private static List<Proposal> bestFirst(List<Proposal> proposals) {
		return proposals.stream().sorted(Comparator.comparingInt(Proposal::rank)).toList();
	}

	private static List<Proposal> without(List<Proposal> proposals, PlacementRef placement) {
		return proposals.stream().filter(each -> !each.placementId().equals(placement.placementId())).toList();
	}

	private static Arrangement turning16(Arrangement known, LocalDate turns16On, LocalDate turnedOn) {
		return new Arrangement(known.childId(), known.needId(), known.status(), known.placementId(),
				known.caregiverId(), known.careType(), known.decisionNumber(), known.handoverDueOn(),
				known.placedSince(), known.endedOn(), known.endReason(), known.openProposals(), turns16On, turnedOn);
	}

	private static NeedView withStatus(NeedView need, NeedStatus status, Acting confirmedBy, String note,
			String endReason, String endNote, Acting endedBy) {
		return new NeedView(need.needId(), status, need.childIds(), need.keepSiblingsTogether(), need.splitReason(),
				need.category(), need.reason(), need.legalBasis(), need.inFacility(), need.facilityListApprovalRef(),
				need.careTypesSought(), need.profiles(), need.checklist(), need.identifiedBy(), confirmedBy, note,
				endReason, endNote, endedBy, null);
	}

	private static AlternativeCareView withNeedsAndArrangements(AlternativeCareView view, List<NeedView> needs,
			List<Arrangement> arrangements) {
		return new AlternativeCareView(view.caseId(), view.provinceCode(), view.communeCode(), view.children(), needs,
				view.relatives(), arrangements, view.history());
	}

	private static <T> List<T> add(List<T> list, T item) {
		List<T> more = new ArrayList<>(list);
		more.add(item);
		return more;
	}

	private static String correction(String reason) {
		return (reason != null) ? ", as a correction: " + reason : "";
	}

	private static HistoryEntry history(String needId, String childId, String placementId, String summary,
			String inputEventId, Acting by) {
		return new HistoryEntry(null, null, null, needId, childId, placementId, summary, inputEventId, by);
	}

}
