package org.kinbridge.cases.lists;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedEnded;
import org.kinbridge.cases.alternativecare.api.AlternativeCareNeedIdentified;
import org.kinbridge.cases.alternativecare.api.PlacementEndRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementStartRecorded;
import org.kinbridge.cases.closure.api.CaseClosed;
import org.kinbridge.cases.closure.api.CaseReopened;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.duplicates.api.CaseMergedInto;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.cases.survey.api.HamletSurveyRecorded;
import org.kinbridge.cases.survey.api.SurveyFinding;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ListedCase}: what opens, ends and restarts a child's listings. Today a
 * report lists its children under their special circumstances; closure and a merge end
 * the listings, reopening restarts them; a survey's finding names the hamlet. Events are
 * handled one at a time in the order they were stored ({@link CommuneListProcessing}), so
 * reading a case, changing it and writing it back is safe, and a redelivered event
 * changes nothing.
 *
 * <p>
 * A case handed over to another commune leaves a copy behind whose listings end at the
 * handover, and is listed by the new commune from then on. A child needing alternative
 * care is listed from the need until placed (and again if the placement ends while the
 * need stands) or until the need ends.
 */
@Component
@ProcessingGroup(CommuneListProjection.PROCESSING_GROUP)
public class CommuneListProjection {

	static final String PROCESSING_GROUP = "commune-lists";

	private final MongoTemplate mongo;

	public CommuneListProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), ListedCase.class);
		this.mongo.remove(new Query(), HamletLink.class);
	}

	@EventHandler
	void on(ReportReceived event) {
		HamletLink link = this.mongo.findById(event.caseId(), HamletLink.class);
		this.mongo.save(ListedCase.received(event, (link != null) ? link.hamletCode() : null,
				(link != null) ? link.hamletName() : null));
	}

	/** The finding is stored before its case is opened; either order is handled. */
	@EventHandler
	void on(HamletSurveyRecorded event) {
		for (SurveyFinding finding : event.findings()) {
			this.mongo.save(new HamletLink(finding.caseId(), event.roundId(), event.hamletCode(), event.hamletName()));
			change(finding.caseId(), (listed) -> listed.inHamlet(event.hamletCode(), event.hamletName()));
		}
	}

	@EventHandler
	void on(CaseClosed event) {
		String why = (event.reason() == ClosureReason.MERGED) ? ListedCase.MERGED : ListedCase.CLOSED;
		change(event.caseId(), (listed) -> listed.closed(event.by().at(), why));
	}

	@EventHandler
	void on(CaseMergedInto event) {
		change(event.caseId(), (listed) -> listed.mergedInto(event.intoCaseId(), event.by().at()));
	}

	@EventHandler
	void on(AlternativeCareNeedIdentified event) {
		for (String childId : event.childIds()) {
			change(event.caseId(), (listed) -> listed.started(ListKind.ALTERNATIVE_CARE, childId,
					event.category().name(), null, event.by().at()));
		}
	}

	@EventHandler
	void on(AlternativeCareNeedEnded event) {
		for (String childId : event.childIds()) {
			change(event.caseId(), (listed) -> listed.endedOnList(ListKind.ALTERNATIVE_CARE, childId, event.by().at(),
					event.reason().name()));
		}
	}

	@EventHandler
	void on(PlacementStartRecorded event) {
		change(event.caseId(), (listed) -> listed.endedOnList(ListKind.ALTERNATIVE_CARE, event.placement().childId(),
				event.by().at(), ListedCase.PLACED));
	}

	@EventHandler
	void on(PlacementEndRecorded event) {
		change(event.caseId(), (listed) -> listed.restartedOnList(ListKind.ALTERNATIVE_CARE,
				event.placement().childId(), ListedCase.PLACED, event.by().at()));
	}

	@EventHandler
	void on(CaseHandedOver event) {
		ListedCase listed = this.mongo.findById(event.caseId(), ListedCase.class);
		if (listed == null || listed.communeCode().equals(event.toCommuneCode())) {
			return;
		}
		Instant at = event.by().at();
		this.mongo.save(listed.leftBehindAt(at));
		this.mongo.save(listed.movedTo(event.toProvinceCode(), event.toCommuneCode(), at));
	}

	@EventHandler
	void on(CaseReopened event) {
		change(event.caseId(), (listed) -> listed.reopened(event.by().at()));
	}

	private void change(String caseId, UnaryOperator<ListedCase> change) {
		ListedCase listed = this.mongo.findById(caseId, ListedCase.class);
		if (listed != null) {
			this.mongo.save(change.apply(listed));
		}
	}

	/** Where a survey found the child of a case. */
	@Document("commune_list_hamlet_links")
	public record HamletLink(@Id String caseId, String roundId, String hamletCode, String hamletName) {
	}

}
