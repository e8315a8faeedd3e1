package org.kinbridge.matching.candidates;

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
 * The indexes the caregiver queries rely on: the shortlist's load of a province's
 * eligible caregivers, the lists, and the search for a child's relatives. Creating an
 * index that exists is a no-op, so this runs at every start.
 */
@Component
public class CandidateIndexes {

	private static final Logger log = LoggerFactory.getLogger(CandidateIndexes.class);

	private final MongoTemplate mongo;

	public CandidateIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void create() {
		try {
			IndexOperations caregivers = this.mongo.indexOps(CandidateCaregiver.class);
			caregivers.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
				.on("state", Sort.Direction.ASC)
				.on("communeCode", Sort.Direction.ASC)
				.named("by-province-state-commune"));
			caregivers.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
				.on("communeCode", Sort.Direction.ASC)
				.on("registeredAt", Sort.Direction.ASC)
				.named("by-commune"));
			caregivers.createIndex(new Index().on("kinCaseId", Sort.Direction.ASC).sparse().named("by-kin-case"));
		}
		catch (RuntimeException ex) {
			// Queries stay correct without indexes, only slower; do not keep the service
			// down.
			log.warn("Could not create the caregiver view's indexes: {}", ex.getMessage());
		}
	}

}
