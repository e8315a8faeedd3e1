package org.kinbridge.cases.duplicates;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.closure.api.CaseReopened;
import org.kinbridge.cases.duplicates.api.CaseMergedInto;
import org.kinbridge.cases.duplicates.api.CasesKeptApart;
import org.kinbridge.cases.duplicates.api.PossibleDuplicateFlagged;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Shows possible-duplicate flags on both cases of a pair, and merges on both sides. It
 * runs in the same processor as the case list, so a case is always there before its
 * flags; updates are idempotent, so a redelivered event changes nothing. It has no
 * collection of its own, so it needs no reset handler: a replay clears the case list in
 * {@link org.kinbridge.cases.casefile.CaseFileProjection}.
 */
@Component
@ProcessingGroup("case-files")
public class DuplicatesProjection {

	private static final String FLAGS = "possibleDuplicates";

	private final MongoTemplate mongo;

	public DuplicatesProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventHandler
	void on(PossibleDuplicateFlagged event) {
		CaseSummary flagged = this.mongo.findById(event.caseId(), CaseSummary.class);
		String caseNumber = (flagged != null) ? flagged.caseNumber() : null;
		CaseSummary.PossibleDuplicate flag = new CaseSummary.PossibleDuplicate(event.caseId(), caseNumber,
				event.otherCaseId(), event.otherCaseNumber(), event.matches(), event.by().at());
		Update addFlag = new Update().addToSet(FLAGS, flag);
		this.mongo.updateFirst(byId(event.caseId()), addFlag, CaseSummary.class);
		this.mongo.updateFirst(byId(event.otherCaseId()), addFlag, CaseSummary.class);
	}

	@EventHandler
	void on(CasesKeptApart event) {
		Update removeFlag = new Update().pull(FLAGS,
				new Document("flaggedCaseId", event.caseId()).append("ofCaseId", event.otherCaseId()));
		this.mongo.updateFirst(byId(event.caseId()), removeFlag, CaseSummary.class);
		this.mongo.updateFirst(byId(event.otherCaseId()), removeFlag, CaseSummary.class);
	}

	/** The merged case's own flags go everywhere; flags others raised against it stay. */
	@EventHandler
	void on(CaseMergedInto event) {
		CaseSummary merged = this.mongo.findById(event.caseId(), CaseSummary.class);
		this.mongo.updateMulti(Query.query(Criteria.where(FLAGS + ".flaggedCaseId").is(event.caseId())),
				new Update().pull(FLAGS, new Document("flaggedCaseId", event.caseId())), CaseSummary.class);
		this.mongo.updateFirst(byId(event.caseId()), new Update().set("mergedInto", event.intoCaseId()),
				CaseSummary.class);
		CaseSummary.MergedCase mergedCase = new CaseSummary.MergedCase(event.caseId(),
				(merged != null) ? merged.caseNumber() : null, event.reason(), event.by().at(), event.by().userId());
		this.mongo.updateFirst(byId(event.intoCaseId()), new Update().addToSet("mergedCases", mergedCase),
				CaseSummary.class);
	}

	/**
	 * A merged case that is reopened (a merge made in error) stands on its own again; its
	 * history of the merge stays in its events.
	 */
	@EventHandler
	void on(CaseReopened event) {
		CaseSummary reopened = this.mongo.findById(event.caseId(), CaseSummary.class);
		if (reopened == null || reopened.mergedInto() == null) {
			return;
		}
		this.mongo.updateFirst(byId(reopened.mergedInto()),
				new Update().pull("mergedCases", new Document("caseId", event.caseId())), CaseSummary.class);
		this.mongo.updateFirst(byId(event.caseId()), new Update().unset("mergedInto"), CaseSummary.class);
	}

	private static Query byId(String caseId) {
		return Query.query(Criteria.where("_id").is(caseId));
	}

}
