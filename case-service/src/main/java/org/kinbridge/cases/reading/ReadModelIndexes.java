package org.kinbridge.cases.reading;

import org.kinbridge.cases.casefile.CaseSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The indexes the caseload, search and duplicate queries rely on (the platform's access
 * log creates its own); every one starts with the province, as every query does. Creating
 * an index that exists is a no-op, so this runs at every start.
 */
@Component
public class ReadModelIndexes {

	private static final Logger log = LoggerFactory.getLogger(ReadModelIndexes.class);

	private final MongoTemplate mongo;

	public ReadModelIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void create() {
		try {
			IndexOperations cases = this.mongo.indexOps(CaseSummary.class);
			cases.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
				.on("communeCode", Sort.Direction.ASC)
				.on("receivedAt", Sort.Direction.DESC)
				.named("caseload"));
			cases.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
				.on("nameTokens", Sort.Direction.ASC)
				.named("name"));
			cases.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
				.on("caseNumber", Sort.Direction.ASC)
				.named("case-number"));
			cases.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
				.on("communeCode", Sort.Direction.ASC)
				.on("childNameKeys", Sort.Direction.ASC)
				.named("duplicates"));
			cases.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
				.on("deadlines.dueAt", Sort.Direction.ASC)
				.named("deadlines"));
		}
		catch (RuntimeException ex) {
			// Queries stay correct without indexes, only slower; do not keep the service
			// down.
			log.warn("Could not create the case-list indexes: {}", ex.getMessage());
		}
	}

}
