package org.kinbridge.matching.children;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of the waiting-children view, always bounded by the province. */
@Component
public class WaitingChildQueries implements WaitingChildren {

	private final MongoTemplate mongo;

	public WaitingChildQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<WaitingChild> find(String provinceCode, String needId) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("_id").is(needId).and("provinceCode").is(provinceCode)),
						WaitingChild.class));
	}

	@Override
	public List<WaitingChild> waiting(String provinceCode, String communeCode) {
		Criteria criteria = Criteria.where("provinceCode").is(provinceCode).and("state").is(WaitingState.WAITING);
		if (communeCode != null) {
			criteria = criteria.and("communeCode").is(communeCode);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("since", "_id")), WaitingChild.class);
	}

}
