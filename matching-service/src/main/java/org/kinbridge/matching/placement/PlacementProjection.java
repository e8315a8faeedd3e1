package org.kinbridge.matching.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.kinbridge.matching.placement.PlacementView.Alert;
import org.kinbridge.matching.placement.PlacementView.Step;
import org.kinbridge.matching.placement.PlacementView.TimeLimit;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.matching.placement.api.CaregiverConsented;
import org.kinbridge.matching.placement.api.ChildConsulted;
import org.kinbridge.matching.placement.api.HandoverCompleted;
import org.kinbridge.matching.placement.api.HandoverOverdue;
import org.kinbridge.matching.placement.api.MonitoringReportOverdue;
import org.kinbridge.matching.placement.api.MonitoringReportRecorded;
import org.kinbridge.matching.placement.api.PlacementAlertRaised;
import org.kinbridge.matching.placement.api.PlacementDecided;
import org.kinbridge.matching.placement.api.PlacementEnded;
import org.kinbridge.matching.placement.api.PlacementProposed;
import org.kinbridge.matching.placement.api.PlacementRef;
import org.kinbridge.matching.placement.api.ProposalBasis;
import org.kinbridge.matching.placement.api.ProposalClosed;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link PlacementView}. Steps and alerts remember the event they come from, so a
 * redelivered event leaves the view as it was; the events of one placement arrive in
 * order on one thread, so reading before writing is safe.
 */
@Component
@ProcessingGroup(PlacementProjection.PROCESSING_GROUP)
public class PlacementProjection {

	public static final String PROCESSING_GROUP = "placement-views";

	private final MongoTemplate mongo;

	public PlacementProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), PlacementView.class);
	}

	@EventHandler
	void on(PlacementProposed event, @MessageIdentifier String eventId) {
		PlacementRef p = event.placement();
		ProposalBasis basis = event.basis();
		String detail = (basis.shortlistId() != null)
				? "shortlist " + basis.shortlistId() + ", rank " + basis.rank() + ", score " + basis.score()
				: "proposed by hand";
		PlacementView view = new PlacementView(p.placementId(), p.needId(), p.caseId(), p.childId(), p.caregiverId(),
				p.provinceCode(), p.communeCode(), p.careType().name(), PlacementState.MATCH_PROPOSED.name(), basis,
				event.needRecordedAt(), event.by().at(), event.by().userId(), null, null, null, null, null, null,
				List.of(step(eventId, "MATCH_PROPOSED", null, event.by(), event.reason(), null, detail)), List.of(),
				List.of());
		if (find(p.placementId()).isEmpty()) {
			this.mongo.insert(view);
		}
	}

	@EventHandler
	void on(CaregiverConsented event, @MessageIdentifier String eventId) {
		record(event.placementId(),
				step(eventId, "CAREGIVER_CONFIRMED", event.consentedOn(), event.by(), event.note(), null, null),
				state(PlacementState.CAREGIVER_CONFIRMED));
	}

	@EventHandler
	void on(ChildConsulted event, @MessageIdentifier String eventId) {
		String detail = (event.agrees() ? "agrees" : "does not agree")
				+ ((event.ageOnThatDay() != null) ? ", aged " + event.ageOnThatDay() : ", age unknown");
		record(event.placementId(),
				step(eventId, "CHILD_CONSULTED", event.consultedOn(), event.by(), event.opinion(), null, detail),
				event.agrees() ? state(PlacementState.CHILD_CONSULTED) : new Update());
	}

	@EventHandler
	void on(PlacementDecided event, @MessageIdentifier String eventId) {
		record(event.placementId(),
				step(eventId, "PLACEMENT_DECISION_ISSUED", event.decidedOn(), event.by(), event.reason(),
						event.legalBasis(), "decision " + event.decisionNumber()),
				state(PlacementState.PLACEMENT_DECISION_ISSUED).set("decisionNumber", event.decisionNumber())
					.set("decidedOn", event.decidedOn())
					.push("deadlines", new TimeLimit(PlacementRules.HANDOVER, event.handoverDueOn(),
							event.handoverDueAt(), null, null)));
	}

	@EventHandler
	void on(HandoverOverdue event, @MessageIdentifier String eventId, @Timestamp Instant at) {
		raise(event.placementId(),
				new Alert(eventId, "HANDOVER_OVERDUE", at, "The child was not handed over by " + event.dueOn() + "."),
				PlacementRules.HANDOVER);
	}

	@EventHandler
	void on(HandoverCompleted event, @MessageIdentifier String eventId) {
		Step step = step(eventId, "HANDOVER_COMPLETED", event.handedOverOn(), event.by(), event.note(), null,
				event.withinTimeLimit() ? "within the time limit" : "after the time limit");
		find(event.placementId()).ifPresent(view -> record(view.placementId(), step,
				state(PlacementState.PLACEMENT_ACTIVE).set("handedOverOn", event.handedOverOn())
					.set("deadlines",
							startLimit(meet(view.deadlines(), PlacementRules.HANDOVER, event.handedOverOn()),
									new TimeLimit(PlacementRules.MONITORING_REPORT, event.monitoringDueOn(),
											event.monitoringDueAt(), null, null)))));
	}

	@EventHandler
	void on(MonitoringReportRecorded event, @MessageIdentifier String eventId) {
		Step step = step(eventId, "MONITORING_REPORT", event.reportedOn(), event.by(), event.summary(), null,
				event.trigger().name() + (event.withinTimeLimit() ? "" : ", after the time limit"));
		find(event.placementId()).ifPresent(view -> record(view.placementId(), step,
				new Update().set("deadlines",
						startLimit(meet(view.deadlines(), PlacementRules.MONITORING_REPORT, event.reportedOn()),
								new TimeLimit(PlacementRules.MONITORING_REPORT, event.nextDueOn(), event.nextDueAt(),
										null, null)))));
	}

	@EventHandler
	void on(MonitoringReportOverdue event, @MessageIdentifier String eventId, @Timestamp Instant at) {
		raise(event.placementId(), new Alert(eventId, "MONITORING_REPORT_OVERDUE", at,
				"No monitoring report was made by " + event.dueOn() + "."), PlacementRules.MONITORING_REPORT);
	}

	@EventHandler
	void on(PlacementAlertRaised event, @MessageIdentifier String eventId) {
		raise(event.placementId(), new Alert(eventId, event.change().name(), event.by().at(), event.detail()), null);
	}

	@EventHandler
	void on(ProposalClosed event, @MessageIdentifier String eventId) {
		record(event.placementId(),
				step(eventId, "PROPOSAL_CLOSED", null, event.by(), event.reason(), null, event.outcome().name()),
				state(PlacementState.PROPOSAL_CLOSED).set("outcome", event.outcome().name()));
	}

	/** Time limits still open when a placement ends will never be met, so they go. */
	@EventHandler
	void on(PlacementEnded event, @MessageIdentifier String eventId) {
		Step step = step(eventId, "PLACEMENT_ENDED", event.endedOn(), event.by(), event.note(), event.legalBasis(),
				event.reason().name() + (event.anotherFormOfCareNeeded() ? ", another form of care needed" : ""));
		find(event.placementId()).ifPresent(view -> record(view.placementId(), step,
				state(PlacementState.PLACEMENT_ENDED).set("endedOn", event.endedOn())
					.set("outcome", event.reason().name())
					.set("anotherFormOfCareNeeded", event.anotherFormOfCareNeeded())
					.set("deadlines",
							view.deadlines()
								.stream()
								.filter(limit -> limit.metOn() != null || limit.missedAt() != null)
								.toList())));
	}

	// Reading

	public Optional<PlacementView> find(String placementId) {
		return Optional.ofNullable(this.mongo.findById(placementId, PlacementView.class));
	}

	/**
	 * @param communeCode only this commune, or {@code null} for the whole province
	 * @param needId only this need, or {@code null}
	 * @param state only this state, or {@code null}
	 */
	public List<PlacementView> list(String provinceCode, String communeCode, String needId, PlacementState state) {
		Criteria criteria = Criteria.where("provinceCode").is(provinceCode);
		if (communeCode != null) {
			criteria = criteria.and("communeCode").is(communeCode);
		}
		if (needId != null) {
			criteria = criteria.and("needId").is(needId);
		}
		if (state != null) {
			criteria = criteria.and("state").is(state.name());
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "proposedAt")),
				PlacementView.class);
	}

	/** The need's placements that still hold or take a caregiver's place. */
	public List<PlacementView> openFor(String provinceCode, String needId) {
		return this.mongo.find(Query.query(Criteria.where("provinceCode")
			.is(provinceCode)
			.and("needId")
			.is(needId)
			.and("state")
			.in(PlacementState.OPEN.stream().map(PlacementState::name).toList())), PlacementView.class);
	}

	// Changing

	/** Adds the step with its changes, unless the step is known already. */
	private void record(String placementId, Step step, Update changes) {
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(placementId).and("steps.eventId").ne(step.eventId())),
				changes.push("steps", step), PlacementView.class);
	}

	/** Adds the alert once and marks the open time limit of the kind, if any, missed. */
	private void raise(String placementId, Alert alert, String missedKind) {
		find(placementId).ifPresent(view -> {
			if (view.alerts().stream().anyMatch(known -> known.eventId().equals(alert.eventId()))) {
				return;
			}
			Update update = new Update().push("alerts", alert);
			if (missedKind != null) {
				update.set("deadlines", view.deadlines()
					.stream()
					.map(limit -> (limit.kind().equals(missedKind) && limit.metOn() == null && limit.missedAt() == null)
							? new TimeLimit(limit.kind(), limit.dueOn(), limit.dueAt(), null, alert.raisedAt()) : limit)
					.toList());
			}
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(placementId)), update, PlacementView.class);
		});
	}

	private static Update state(PlacementState state) {
		return Update.update("state", state.name());
	}

	private static Step step(String eventId, String kind, LocalDate on, Acting by, String reason, String legalBasis,
			String detail) {
		return new Step(eventId, kind, on, by.at(), by.userId(), by.role(), reason, legalBasis, detail);
	}

	/** Meets the open time limit of the kind; a missed one keeps its missedAt. */
	private static List<TimeLimit> meet(List<TimeLimit> limits, String kind, LocalDate on) {
		return limits.stream()
			.map(limit -> (limit.kind().equals(kind) && limit.metOn() == null)
					? new TimeLimit(kind, limit.dueOn(), limit.dueAt(), on, limit.missedAt()) : limit)
			.toList();
	}

	private static List<TimeLimit> startLimit(List<TimeLimit> limits, TimeLimit next) {
		List<TimeLimit> started = new ArrayList<>(limits);
		if (started.stream()
			.noneMatch(known -> known.kind().equals(next.kind()) && known.dueOn().equals(next.dueOn())
					&& known.metOn() == null)) {
			started.add(next);
		}
		return started;
	}

}
