package org.kinbridge.cases.reading;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link AccessRecord} for every case a reader is shown, before the response
 * leaves, and lets auditors query them by province. A read whose record cannot be written
 * fails, so that no read goes unrecorded.
 */
@Component
public class AccessLog {

	private final MongoTemplate mongo;

	private final Clock clock;

	public AccessLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * @param reader who reads
	 * @param role the role in which they read
	 * @param cases the cases shown to them
	 * @param endpoint the route that serves the read
	 * @param purpose why they read
	 */
	public void recordReads(Actor reader, Role role, Collection<CaseSummary> cases, String endpoint,
			AccessPurpose purpose) {
		if (cases.isEmpty()) {
			return;
		}
		Instant at = this.clock.instant();
		List<AccessRecord> records = cases.stream()
			.map((read) -> new AccessRecord(UUID.randomUUID().toString(), read.caseId(), read.caseNumber(),
					read.provinceCode(), read.communeCode(), reader.userId(), role.name(), at, endpoint, purpose))
			.toList();
		this.mongo.insert(records, AccessRecord.class);
	}

	/**
	 * @param provinceCode the auditor's province, the only one whose records they see
	 * @param caseId only reads of this case, or {@code null}
	 * @param userId only reads by this user, or {@code null}
	 * @return the newest records first
	 */
	public Page<AccessRecord> find(String provinceCode, String caseId, String userId, int page, int size) {
		Criteria criteria = Criteria.where("provinceCode").is(provinceCode);
		if (caseId != null) {
			criteria = criteria.and("caseId").is(caseId);
		}
		if (userId != null) {
			criteria = criteria.and("userId").is(userId);
		}
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, AccessRecord.class);
		List<AccessRecord> items = this.mongo.find(
				query.with(Sort.by(Sort.Direction.DESC, "at")).skip((long) page * size).limit(size),
				AccessRecord.class);
		return new Page<>(items, total, page, size);
	}

}
