package org.kinbridge.platform.readmodel;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Creates every declared read-model index when the service is ready. Creating an index
 * that exists is a no-op, so this runs at every start. Queries stay correct without an
 * index, only slower, so a failure is logged and the next index is still tried rather
 * than keeping the service down.
 */
public class ReadModelIndexCreator {

	private static final Logger log = LoggerFactory.getLogger(ReadModelIndexCreator.class);

	private final MongoTemplate mongo;

	private final List<ReadModelIndexes> declarations;

	public ReadModelIndexCreator(MongoTemplate mongo, List<ReadModelIndexes> declarations) {
		this.mongo = mongo;
		this.declarations = List.copyOf(declarations);
	}

	/**
	 * @return how many indexes could not be created
	 */
	@EventListener(ApplicationReadyEvent.class)
	public int createAll() {
		int failed = 0;
		for (ReadModelIndexes declaration : this.declarations) {
			for (ReadModelIndexes.Declared declared : declaration.indexes()) {
				try {
					this.mongo.indexOps(declared.readModel()).createIndex(declared.index());
				}
				catch (RuntimeException ex) {
					failed++;
					log.warn("Could not create index {} for {}: {}", declared.index().getIndexOptions().get("name"),
							declaration.purpose(), ex.getMessage());
				}
			}
		}
		return failed;
	}

}
