package org.kinbridge.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.kinbridge.platform.readmodel.ReadModelIndexes;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Writes an {@link AccessRecord} for every record a reader is shown, before the response
 * leaves, and lets auditors query them by province. A read whose record cannot be written
 * fails, so that no read goes unrecorded.
 */
public class AccessLog {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final String subjectType;

	/**
	 * @param subjectType the kind of record this service shows, such as {@code case}
	 */
	public AccessLog(MongoTemplate mongo, Clock clock, String subjectType) {
		this.mongo = Objects.requireNonNull(mongo, "mongo");
		this.clock = Objects.requireNonNull(clock, "clock");
		if (subjectType == null || subjectType.isBlank()) {
			throw new IllegalArgumentException("the access log needs a subject type, such as \"case\"");
		}
		this.subjectType = subjectType;
	}

	/**
	 * @return the kind of record this service shows, as its reads are recorded
	 */
	public String subjectType() {
		return this.subjectType;
	}

	/**
	 * @param reader who reads
	 * @param role the role in which they read
	 * @param shown the records shown to them
	 * @param endpoint the route that serves the read
	 * @param purpose why they read
	 */
	public void recordReads(Actor reader, Role role, Collection<Shown> shown, String endpoint, String purpose) {
		recordReads(this.subjectType, reader, role, shown, endpoint, purpose);
	}

	/**
	 * For a service that shows more than one kind of personal record, such as the people
	 * who showed interest in caring beside the caregivers' files.
	 * @param subjectType the kind of record shown, such as {@code interested-person}
	 * @param reader who reads
	 * @param role the role in which they read
	 * @param shown the records shown to them
	 * @param endpoint the route that serves the read
	 * @param purpose why they read
	 */
	public void recordReads(String subjectType, Actor reader, Role role, Collection<Shown> shown, String endpoint,
			String purpose) {
		if (shown.isEmpty()) {
			return;
		}
		Instant at = this.clock.instant();
		List<AccessRecord> records = shown.stream()
			.map((read) -> new AccessRecord(UUID.randomUUID().toString(), subjectType, read.subjectId(),
					read.subjectLabel(), read.provinceCode(), read.communeCode(), reader.userId(), role.name(), at,
					endpoint, purpose))
			.toList();
		this.mongo.insert(records, AccessRecord.class);
	}

	/**
	 * @param provinceCode the auditor's province, the only one whose records they see
	 * @param subjectType only reads of this kind of record, or {@code null}
	 * @param subjectId only reads of this record, or {@code null}
	 * @param userId only reads by this user, or {@code null}
	 * @param page the page number, from 0
	 * @param size the most records a page holds
	 * @return the newest records first, with how many match in all
	 */
	public Page<AccessRecord> find(String provinceCode, String subjectType, String subjectId, String userId, int page,
			int size) {
		Criteria criteria = Criteria.where("provinceCode").is(provinceCode);
		if (subjectType != null) {
			criteria = criteria.and("subjectType").is(subjectType);
		}
		if (subjectId != null) {
			criteria = criteria.and("subjectId").is(subjectId);
		}
		if (userId != null) {
			criteria = criteria.and("userId").is(userId);
		}
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, AccessRecord.class);
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "at"));
		List<AccessRecord> items = this.mongo.find(query.with(request), AccessRecord.class);
		return new PageImpl<>(items, request, total);
	}

	/**
	 * @return the indexes {@link #find} relies on; every one starts with the province, as
	 * every query does
	 */
	public static ReadModelIndexes indexes() {
		return ReadModelIndexes.of("the access log")
			.on(AccessRecord.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("subjectType", Sort.Direction.ASC)
						.on("subjectId", Sort.Direction.ASC)
						.on("at", Sort.Direction.DESC)
						.named("by-subject"))
			.on(AccessRecord.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("userId", Sort.Direction.ASC)
						.on("at", Sort.Direction.DESC)
						.named("by-user"));
	}

	/**
	 * A record that a read showed.
	 *
	 * @param subjectLabel how people name it, such as a case number, or {@code null}
	 */
	public record Shown(String subjectId, String subjectLabel, String provinceCode, String communeCode) {
	}

}
