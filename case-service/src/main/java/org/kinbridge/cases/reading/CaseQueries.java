package org.kinbridge.cases.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.reference.NameFolding;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The queries behind caseloads and searches. The caller's scope is part of every query,
 * never a filter applied afterwards, so that paging and totals count only what the caller
 * may see.
 */
@Component
public class CaseQueries {

	private static final Sort OLDEST_FIRST = Sort.by(Sort.Direction.ASC, "receivedAt");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "receivedAt");

	private final MongoTemplate mongo;

	public CaseQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A caseload: cases with an overdue time limit first (oldest report first), then the
	 * others (newest report first).
	 * @param now the moment against which deadlines are overdue
	 */
	public Page<CaseSummary> caseload(Scope scope, Caseload filters, Instant now, int page, int size) {
		if (scope.communeCode() != null && filters.communeCode() != null
				&& !scope.communeCode().equals(filters.communeCode())) {
			return Page.empty(page, size);
		}
		List<Criteria> base = new ArrayList<>(scope.criteria());
		if (filters.communeCode() != null) {
			base.add(Criteria.where("communeCode").is(filters.communeCode()));
		}
		if (filters.officer() != null) {
			base.add(new Criteria().orOperator(Criteria.where("recordedBy").is(filters.officer()),
					Criteria.where("assignedTo").is(filters.officer())));
		}
		if (filters.status() != null) {
			base.add(Criteria.where("status").is(filters.status()));
		}
		Criteria overdue = Criteria.where("deadlines").elemMatch(Criteria.where("dueAt").lt(now).and("metAt").is(null));
		Query overdueQuery = Query.query(all(base, overdue));
		Query otherQuery = Query.query(all(base, new Criteria().norOperator(overdue)));
		long offset = (long) page * size;
		List<CaseSummary> items = new ArrayList<>(size);
		long overdueCount;
		if (page == 0) {
			items.addAll(this.mongo.find(Query.of(overdueQuery).with(OLDEST_FIRST).limit(size), CaseSummary.class));
			overdueCount = (items.size() < size) ? items.size() : this.mongo.count(overdueQuery, CaseSummary.class);
		}
		else {
			overdueCount = this.mongo.count(overdueQuery, CaseSummary.class);
			if (offset < overdueCount) {
				items.addAll(this.mongo.find(Query.of(overdueQuery).with(OLDEST_FIRST).skip(offset).limit(size),
						CaseSummary.class));
			}
		}
		int missing = size - items.size();
		long otherOffset = Math.max(0, offset - overdueCount);
		List<CaseSummary> others = (missing > 0) ? this.mongo
			.find(Query.of(otherQuery).with(NEWEST_FIRST).skip(otherOffset).limit(missing), CaseSummary.class)
				: List.of();
		items.addAll(others);
		// Counting the whole caseload needs no document on an index, counting "not
		// overdue"
		// would read every one.
		long otherCount = (missing > 0 && isLastPage(otherOffset, missing, others.size())) ? otherOffset + others.size()
				: this.mongo.count(Query.query(all(base)), CaseSummary.class) - overdueCount;
		return new Page<>(items, overdueCount + otherCount, page, size);
	}

	/**
	 * Finds cases by case number, or by the words of a child's name with or without
	 * diacritics: every word given must be a whole word of a name in the case.
	 * @param caseNumber an exact case number, or {@code null}
	 * @param name words of a child's name, or {@code null}
	 */
	public Page<CaseSummary> search(Scope scope, String caseNumber, String name, int page, int size) {
		List<Criteria> criteria = new ArrayList<>(scope.criteria());
		if (caseNumber != null) {
			criteria.add(Criteria.where("caseNumber").is(caseNumber.strip()));
		}
		if (name != null) {
			List<String> tokens = NameFolding.tokens(name);
			if (tokens.isEmpty()) {
				return Page.empty(page, size);
			}
			criteria.add(Criteria.where("nameTokens").all(givenNameFirst(tokens)));
		}
		Query query = Query.query(all(criteria));
		long offset = (long) page * size;
		List<CaseSummary> items = this.mongo.find(Query.of(query).with(NEWEST_FIRST).skip(offset).limit(size),
				CaseSummary.class);
		return new Page<>(items, total(query, offset, size, items.size()), page, size);
	}

	/**
	 * A page that is not full tells the total without counting, which on a store without
	 * indexes saves a pass over the collection.
	 */
	private long total(Query query, long offset, int size, int found) {
		return isLastPage(offset, size, found) ? offset + found : this.mongo.count(query, CaseSummary.class);
	}

	private static boolean isLastPage(long offset, int size, int found) {
		return found < size && (offset == 0 || found > 0);
	}

	/**
	 * MongoDB bounds an index scan for {@code $all} by its first value. Vietnamese names
	 * end with the given name, which is far more selective than the family name (Nguyễn
	 * alone is about a third of the country), so it goes first.
	 */
	private static List<String> givenNameFirst(List<String> tokens) {
		List<String> ordered = new ArrayList<>(tokens);
		Collections.reverse(ordered);
		return ordered;
	}

	private static Criteria all(List<Criteria> criteria, Criteria... more) {
		List<Criteria> every = new ArrayList<>(criteria);
		every.addAll(List.of(more));
		return new Criteria().andOperator(every);
	}

	/**
	 * What a caller may see: their province; their commune when they hold only commune
	 * roles; only their own reports when they are only a collaborator.
	 *
	 * @param communeCode the only commune, or {@code null} for the whole province
	 * @param recordedBy the only recorder, or {@code null}
	 */
	public record Scope(String provinceCode, String communeCode, String recordedBy) {

		List<Criteria> criteria() {
			List<Criteria> criteria = new ArrayList<>();
			criteria.add(Criteria.where("provinceCode").is(this.provinceCode));
			if (this.communeCode != null) {
				criteria.add(Criteria.where("communeCode").is(this.communeCode));
			}
			if (this.recordedBy != null) {
				criteria.add(Criteria.where("recordedBy").is(this.recordedBy));
			}
			return criteria;
		}

	}

	/**
	 * Filters of a caseload; each may be {@code null}.
	 *
	 * @param officer the officer who recorded the report or handles the case
	 * @param status the step the case is at
	 */
	public record Caseload(String communeCode, String officer, String status) {
	}

}
