package org.kinbridge.cases.intake;

import java.time.Year;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Human-friendly case numbers, one sequence per province and year ("91-2026-000042"),
 * taken with one atomic increment. A number whose command then fails is skipped, never
 * reused.
 */
@Component
public class CaseNumbers {

	private final MongoTemplate mongo;

	public CaseNumbers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public String next(String provinceCode, Year year) {
		String key = provinceCode + "-" + year.getValue();
		Document counter = this.mongo.getCollection("case_numbers")
			.findOneAndUpdate(new Document("_id", key), new Document("$inc", new Document("value", 1L)),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		return "%s-%06d".formatted(key, ((Number) counter.get("value")).longValue());
	}

}
