package org.kinbridge.matching.children;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes of the waiting list (province, state, commune, longest waiting first), of a
 * case's needs (handovers) and of a case's handovers. Creating an index that exists is a
 * no-op, so this runs at every start.
 */
@Component
public class WaitingChildIndexes {

	private static final Logger log = LoggerFactory.getLogger(WaitingChildIndexes.class);

	private final MongoTemplate mongo;

	public WaitingChildIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void create() {
		try {
			this.mongo.indexOps(WaitingChild.class)
				.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
					.on("state", Sort.Direction.ASC)
					.on("communeCode", Sort.Direction.ASC)
					.on("since", Sort.Direction.ASC)
					.named("waiting-list"));
			this.mongo.indexOps(WaitingChild.class)
				.createIndex(new Index().on("caseId", Sort.Direction.ASC).named("by-case"));
			this.mongo.indexOps(CaseHandover.class)
				.createIndex(new Index().on("caseId", Sort.Direction.ASC)
					.on("handedOverAt", Sort.Direction.DESC)
					.named("by-case"));
		}
		catch (RuntimeException ex) {
			// Queries stay correct without indexes, only slower; do not keep the service
			// down.
			log.warn("Could not create the waiting-children view's indexes: {}", ex.getMessage());
		}
	}

}
