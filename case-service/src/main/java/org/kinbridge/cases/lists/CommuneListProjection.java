package org.kinbridge.cases.lists;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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
 * handover, and is listed by the new commune from then on. A list of children needing
 * alternative care calls {@link ListedCase#started} and {@link ListedCase#ended} from its
 * own events.
 */
@Component
@ProcessingGroup(CommuneListProjection.PROCESSING_GROUP)
public class CommuneListProjection {

	static final String PROCESSING_GROUP = "commune-lists";

	private final MongoTemplate mongo;

	public CommuneListProjection(MongoTemplate mongo) {
		this.mongo = mongo;
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
