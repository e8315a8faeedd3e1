package org.kinbridge.matching.candidates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads of the caregiver view. Every query but {@link #relativesOf} is bounded by the
 * province; that one serves the shortlist's rule that a relative may live in another
 * province, and its results must not be shown beyond id and commune.
 */
@Component
public class CandidateCaregiverQueries implements CandidateCaregivers {

	/**
	 * What the shortlist reads of each caregiver; names and audit fields stay behind (the
	 * record's numbers are primitives, so they are always read).
	 */
	private static final String[] RANKING_FIELDS = { "provinceCode", "communeCode", "dateOfBirth", "careTypes",
			"kinCaseId", "capacity", "placed", "freeCapacity", "householdSize", "preferences", "languages", "ethnicity",
			"religion", "state" };

	private final MongoTemplate mongo;

	public CandidateCaregiverQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<CandidateCaregiver> find(String provinceCode, String caregiverId) {
		return Optional.ofNullable(this.mongo.findOne(
				Query.query(Criteria.where("_id").is(caregiverId).and("provinceCode").is(provinceCode)),
				CandidateCaregiver.class));
	}

	/**
	 * @param provinceCode the caller's province
	 * @param communeCode only this commune, or {@code null}
	 * @param state only caregivers in this state, or {@code null}
	 * @return the caregivers, oldest registration first
	 */
	public List<CandidateCaregiver> list(String provinceCode, String communeCode, CandidateState state) {
		Criteria criteria = Criteria.where("provinceCode").is(provinceCode);
		if (communeCode != null) {
			criteria = criteria.and("communeCode").is(communeCode);
		}
		if (state != null) {
			criteria = criteria.and("state").is(state);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("registeredAt", "_id")), CandidateCaregiver.class);
	}

	/**
	 * The caregivers the shortlist ranks: every eligible one of the province, with only
	 * the fields the ranking needs.
	 * @param provinceCode the child's province
	 * @return the eligible caregivers, in no particular order
	 */
	public List<CandidateCaregiver> eligibleIn(String provinceCode) {
		Query query = Query
			.query(Criteria.where("provinceCode").is(provinceCode).and("state").is(CandidateState.ELIGIBLE));
		query.fields().include(RANKING_FIELDS);
		return this.mongo.find(query, CandidateCaregiver.class);
	}

	/**
	 * Relatives of a child in any province and any state: registered for one of the
	 * child's cases (kinship notification) or named among the case's relatives.
	 * @param caregiverIds the caregiver ids the case names for relatives
	 * @param caseIds the cases of the child
	 * @return the relatives, with only the fields the ranking needs
	 */
	public List<CandidateCaregiver> relativesOf(Collection<String> caregiverIds, Collection<String> caseIds) {
		List<Criteria> either = new ArrayList<>();
		if (!caregiverIds.isEmpty()) {
			either.add(Criteria.where("_id").in(caregiverIds));
		}
		if (!caseIds.isEmpty()) {
			either.add(Criteria.where("kinCaseId").in(caseIds));
		}
		if (either.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(new Criteria().orOperator(either));
		query.fields().include(RANKING_FIELDS);
		return this.mongo.find(query, CandidateCaregiver.class);
	}

}
