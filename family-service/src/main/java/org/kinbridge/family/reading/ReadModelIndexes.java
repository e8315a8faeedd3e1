package org.kinbridge.family.reading;

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
 * The indexes the caregiver lists, the register and the expiry list rely on (the
 * platform's access log creates its own); every one starts with the province, as every
 * query does. Creating an index that exists is a no-op, so this runs at every start.
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
			IndexOperations files = this.mongo.indexOps(CaregiverFile.class);
			files.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
				.on("communeCode", Sort.Direction.ASC)
				.on("status", Sort.Direction.ASC)
				.named("by-commune-and-status"));
			files.createIndex(new Index().on("provinceCode", Sort.Direction.ASC)
				.on("nextEvidenceExpiry", Sort.Direction.ASC)
				.named("by-evidence-expiry"));
		}
		catch (RuntimeException ex) {
			// Queries stay correct without indexes, only slower; do not keep the service
			// down.
			log.warn("Could not create the caregiver read-model indexes: {}", ex.getMessage());
		}
	}

}
