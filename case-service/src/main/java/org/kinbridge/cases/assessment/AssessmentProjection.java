package org.kinbridge.cases.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.kinbridge.cases.assessment.api.EmergencyMeasureRecorded;
import org.kinbridge.cases.assessment.api.InitialAssessmentRecorded;
import org.kinbridge.cases.assessment.api.SpecificAssessmentRecorded;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link AssessmentView}. A redelivered event leaves the view as it was: each
 * measure is recognised by the moment it was recorded.
 */
@Component
@ProcessingGroup("case-assessments")
public class AssessmentProjection {

	private final MongoTemplate mongo;

	public AssessmentProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), AssessmentView.class);
	}

	@EventHandler
	void on(InitialAssessmentRecorded event) {
		change(event.caseId(), view -> new AssessmentView(view.caseId(),
				new AssessmentView.Initial(event.riskLevel(), event.seriousHarm(), event.findings(), event.by()),
				view.emergencyMeasures(), view.specific()));
	}

	@EventHandler
	void on(EmergencyMeasureRecorded event) {
		AssessmentView.EmergencyMeasure measure = new AssessmentView.EmergencyMeasure(event.kind(), event.description(),
				event.legalBasis(), event.withinTimeLimit(), event.by());
		change(event.caseId(), view -> {
			List<AssessmentView.EmergencyMeasure> measures = new ArrayList<>(view.emergencyMeasures());
			measures.removeIf(known -> known.by().equals(event.by()));
			measures.add(measure);
			return new AssessmentView(view.caseId(), view.initial(), measures, view.specific());
		});
	}

	@EventHandler
	void on(SpecificAssessmentRecorded event) {
		change(event.caseId(), view -> new AssessmentView(view.caseId(), view.initial(), view.emergencyMeasures(),
				new AssessmentView.Specific(event.riskLevel(), event.findings(), event.meeting(), event.by())));
	}

	public Optional<AssessmentView> find(String caseId) {
		return Optional.ofNullable(this.mongo.findById(caseId, AssessmentView.class));
	}

	/** Events of one case arrive in order on one thread, so read-then-write is safe. */
	private void change(String caseId, UnaryOperator<AssessmentView> change) {
		AssessmentView view = find(caseId).orElseGet(() -> new AssessmentView(caseId, null, List.of(), null));
		this.mongo.save(change.apply(view));
	}

}
