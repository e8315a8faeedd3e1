package org.kinbridge.family.outreach;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes the outreach lists, follow-ups and report rely on; each starts with the
 * province, as every query does. Creating an index that exists is a no-op.
 */
@Component
class OutreachIndexes {

	private static final Logger log = LoggerFactory.getLogger(OutreachIndexes.class);

	private final MongoTemplate mongo;

	OutreachIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		try {
			this.mongo.indexOps(OutreachSessionView.class)
				.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
					.on("communeCode", Sort.Direction.ASC)
					.on("heldOn", Sort.Direction.DESC)
					.named("by-commune-and-day"));
			this.mongo.indexOps(InterestFile.class)
				.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
					.on("communeCode", Sort.Direction.ASC)
					.on("state", Sort.Direction.ASC)
					.on("interestedOn", Sort.Direction.ASC)
					.named("by-commune-state-and-day"));
		}
		catch (RuntimeException ex) {
			// Queries stay correct without indexes, only slower.
			log.warn("Could not create the outreach read-model indexes: {}", ex.getMessage());
		}
	}

}
