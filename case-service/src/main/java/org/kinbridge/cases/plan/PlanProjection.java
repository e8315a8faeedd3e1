package org.kinbridge.cases.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.kinbridge.cases.plan.PlanView.Version;
import org.kinbridge.cases.plan.PlanView.VersionStatus;
import org.kinbridge.cases.plan.api.PlanApproved;
import org.kinbridge.cases.plan.api.PlanDrafted;
import org.kinbridge.cases.plan.api.PlanReturned;
import org.kinbridge.cases.plan.api.PlanReviewed;
import org.kinbridge.cases.plan.api.PlanRevised;
import org.kinbridge.cases.plan.api.PlanSubmitted;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link PlanView}. Versions are replaced by number and reviews recognised by who
 * recorded them when, so a redelivered event leaves the view as it was. A redrafted
 * version keeps the chair's reason for returning it until the next decision.
 */
@Component
@ProcessingGroup("case-plans")
public class PlanProjection {

	private final MongoTemplate mongo;

	public PlanProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), PlanView.class);
	}

	@EventHandler
	void on(PlanDrafted event) {
		changeVersion(event.caseId(), event.version(),
				known -> (known == null)
						? new Version(event.version(), VersionStatus.DRAFTED, event.plan(), null, event.by(), null,
								null, null, null)
						: new Version(known.version(), VersionStatus.DRAFTED, event.plan(), known.revisionReason(),
								event.by(), null, known.decidedBy(), known.decision(), null));
	}

	@EventHandler
	void on(PlanRevised event) {
		changeVersion(event.caseId(), event.version(), known -> new Version(event.version(), VersionStatus.DRAFTED,
				event.plan(), event.reason(), event.by(), null, null, null, null));
	}

	@EventHandler
	void on(PlanSubmitted event) {
		changeVersion(event.caseId(), event.version(),
				known -> new Version(known.version(), VersionStatus.SUBMITTED, known.plan(), known.revisionReason(),
						known.draftedBy(), event.by(), known.decidedBy(), known.decision(), null));
	}

	@EventHandler
	void on(PlanReturned event) {
		changeVersion(event.caseId(), event.version(),
				known -> new Version(known.version(), VersionStatus.RETURNED, known.plan(), known.revisionReason(),
						known.draftedBy(), known.submittedBy(), event.by(), event.reason(), null));
	}

	@EventHandler
	void on(PlanApproved event) {
		change(event.caseId(), view -> {
			List<Version> versions = view.versions()
				.stream()
				.map(known -> (known.version() == event.version())
						? new Version(known.version(), VersionStatus.APPROVED, known.plan(), known.revisionReason(),
								known.draftedBy(), known.submittedBy(), event.by(), event.note(), event.legalBasis())
						: (known.status() == VersionStatus.APPROVED) ? superseded(known) : known)
				.toList();
			return new PlanView(view.caseId(), event.version(), versions, view.reviews());
		});
	}

	@EventHandler
	void on(PlanReviewed event) {
		change(event.caseId(), view -> {
			List<PlanView.Review> reviews = new ArrayList<>(view.reviews());
			reviews.removeIf(known -> known.by().equals(event.by()));
			reviews.add(new PlanView.Review(event.version(), event.reviewedOn(), event.progress(), event.nextReviewOn(),
					event.by()));
			return new PlanView(view.caseId(), view.approvedVersion(), view.versions(), reviews);
		});
	}

	public Optional<PlanView> find(String caseId) {
		return Optional.ofNullable(this.mongo.findById(caseId, PlanView.class));
	}

	private static Version superseded(Version known) {
		return new Version(known.version(), VersionStatus.SUPERSEDED, known.plan(), known.revisionReason(),
				known.draftedBy(), known.submittedBy(), known.decidedBy(), known.decision(), known.legalBasis());
	}

	/**
	 * @param change given the version as known, or {@code null} for a new one, returns it
	 * as it now stands
	 */
	private void changeVersion(String caseId, int version, UnaryOperator<Version> change) {
		change(caseId, view -> {
			List<Version> versions = new ArrayList<>();
			Version known = null;
			for (Version each : view.versions()) {
				if (each.version() == version) {
					known = each;
				}
				else {
					versions.add(each);
				}
			}
			versions.add(change.apply(known));
			versions.sort((a, b) -> Integer.compare(a.version(), b.version()));
			return new PlanView(view.caseId(), view.approvedVersion(), versions, view.reviews());
		});
	}

	/** Events of one case arrive in order on one thread, so read-then-write is safe. */
	private void change(String caseId, UnaryOperator<PlanView> change) {
		PlanView view = find(caseId).orElseGet(() -> new PlanView(caseId, null, List.of(), List.of()));
		this.mongo.save(change.apply(view));
	}

}
