package org.kinbridge.analytics.progress;

import java.util.Collection;
import java.util.List;

import org.kinbridge.platform.readmodel.ReadModelIndexes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The analytics records of each province, in the order of their days. A record saved
 * twice is the same document, so redelivery changes nothing.
 */
@Component
public class RecordStore {

	private final MongoTemplate mongo;

	public RecordStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void save(StoredRecord record) {
		this.mongo.save(record);
	}

	/**
	 * @return every record that counts in the province, by day
	 */
	public List<StoredRecord> ofProvince(String provinceCode) {
		return this.mongo.find(Query.query(Criteria.where("provinces").is(provinceCode))
			.with(Sort.by(Sort.Direction.ASC, "on", "_id")), StoredRecord.class);
	}

	/**
	 * @return the needs of these cases and their ends, whichever province recorded them
	 */
	public List<StoredRecord> needsOfCases(Collection<String> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return this.mongo.find(Query
			.query(Criteria.where("data.caseId").in(caseIds).and("type").in(ModelState.NEEDED, ModelState.NEED_ENDED)),
				StoredRecord.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class Indexes {

		@Bean
		ReadModelIndexes analyticsRecordIndexes() {
			return ReadModelIndexes.of("the figures of a province")
				.on(StoredRecord.class,
						new Index().on("provinces", Sort.Direction.ASC)
							.on("on", Sort.Direction.ASC)
							.named("province_day"));
		}

	}

}
