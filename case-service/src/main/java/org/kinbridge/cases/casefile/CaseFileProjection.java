package org.kinbridge.cases.casefile;

import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.kinbridge.cases.intake.api.ReportReceived;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the case list and case files; a redelivered event overwrites the same document.
 */
@Component
@ProcessingGroup("case-files")
public class CaseFileProjection {

	private final MongoTemplate mongo;

	public CaseFileProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventHandler
	void on(ReportReceived event) {
		this.mongo.save(new CaseSummary(event.caseId(), event.caseNumber(), event.provinceCode(), event.communeCode(),
				event.channel().name(), event.receivedAt(), event.reporter(), event.summary(), event.children(),
				event.siblingGroupId(), CaseState.REPORT_RECEIVED.name(), event.recordedAt(), event.recordedBy()));
	}

	public Optional<CaseSummary> find(String caseId) {
		return Optional.ofNullable(this.mongo.findById(caseId, CaseSummary.class));
	}

	public List<CaseSummary> list(String provinceCode, String communeCode) {
		Criteria criteria = Criteria.where("provinceCode").is(provinceCode);
		if (communeCode != null) {
			criteria = criteria.and("communeCode").is(communeCode);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "receivedAt")),
				CaseSummary.class);
	}

}
