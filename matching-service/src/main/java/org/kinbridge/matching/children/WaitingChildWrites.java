package org.kinbridge.matching.children;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The writes of the waiting-children view. A need's events and its case's handovers
 * travel under different Kafka keys (need id, case id), so they can arrive in any order:
 * the province and commune carry the time they became true and are replaced only by a
 * later one, handovers are kept so that a need decided before a handover but read after
 * it still moves, and an ended need never waits again.
 */
@Component
class WaitingChildWrites {

	private static final String ID = "_id";

	private static final String LOCATION_AS_OF = "locationAsOf";

	private final MongoTemplate mongo;

	WaitingChildWrites(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void upsertNeed(String needId, Update profile) {
		this.mongo.upsert(Query.query(Criteria.where(ID).is(needId)),
				profile.setOnInsert("state", WaitingState.WAITING), WaitingChild.class);
	}

	void end(String needId, Update ending) {
		this.mongo.upsert(Query.query(Criteria.where(ID).is(needId)), ending.set("state", WaitingState.ENDED),
				WaitingChild.class);
	}

	void moveIfNewer(Criteria which, String provinceCode, String communeCode, Instant asOf, String eventId) {
		Query query = Query.query(which.orOperator(Criteria.where(LOCATION_AS_OF).exists(false),
				Criteria.where(LOCATION_AS_OF).lt(asOf)));
		this.mongo.updateMulti(query,
				new Update().set("provinceCode", provinceCode)
					.set("communeCode", communeCode)
					.set(LOCATION_AS_OF, asOf)
					.set("lastEventId", eventId),
				WaitingChild.class);
	}

	void recordHandover(CaseHandover handover) {
		this.mongo.save(handover);
	}

	Optional<CaseHandover> latestHandoverAfter(String caseId, Instant after) {
		Query query = Query.query(Criteria.where("caseId").is(caseId).and("handedOverAt").gt(after))
			.with(Sort.by(Sort.Direction.DESC, "handedOverAt"))
			.limit(1);
		return Optional.ofNullable(this.mongo.findOne(query, CaseHandover.class));
	}

}
