package org.kinbridge.family.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.communes.CommuneScope;
import org.kinbridge.family.outreach.api.Audience;
import org.kinbridge.family.outreach.api.InterestState;
import org.kinbridge.family.reading.CaregiverFiles;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.audit.AccessLog.Shown;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads outreach within the caller's scope: their province and, for commune staff, their
 * commune. Another province's (or commune's) session or interest is "not found". Every
 * interested person shown, with name and phone, is recorded in the access log before the
 * answer leaves; sessions and the report name nobody and are not.
 */
@Component
@EnableConfigurationProperties(OutreachProperties.class)
public class OutreachReader {

	/** What the access log calls a person who showed interest in caring. */
	public static final String INTERESTED_PERSON = "interested-person";

	private final MongoTemplate mongo;

	private final AccessLog accessLog;

	private final CaregiverFiles caregivers;

	private final TenantGuard tenant;

	private final CommuneScope communes;

	private final OutreachProperties properties;

	private final Clock clock;

	public OutreachReader(MongoTemplate mongo, AccessLog accessLog, CaregiverFiles caregivers, TenantGuard tenant,
			CommuneScope communes, OutreachProperties properties, Clock clock) {
		this.mongo = mongo;
		this.accessLog = accessLog;
		this.caregivers = caregivers;
		this.tenant = tenant;
		this.communes = communes;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param commune the commune asked for, or {@code null}: commune staff then read
	 * their own commune, province staff the whole province; a commune of another province
	 * is not found (404)
	 * @param readers the roles allowed to read
	 * @return who reads, in which role, and the province and commune ({@code null} for
	 * all) they read
	 */
	Scope scope(String commune, Role... readers) {
		Actor actor = this.tenant.requireAnyRole(readers);
		if (commune != null) {
			this.communes.require(commune, null);
		}
		return new Scope(actor, actor.firstRoleOf(readers), actor.province().value(),
				(commune != null) ? commune : (actor.isProvinceWide() ? null : actor.commune().value()));
	}

	List<OutreachSessionView> sessions(Scope scope, LocalDate from, LocalDate to) {
		Criteria criteria = scope.criteria();
		if (scope.role() == Role.COLLABORATOR) {
			criteria.and("recordedBy").is(scope.actor().userId());
		}
		if (from != null || to != null) {
			Criteria heldOn = criteria.and("heldOn");
			if (from != null) {
				heldOn.gte(from);
			}
			if (to != null) {
				heldOn.lte(to);
			}
		}
		return this.mongo.find(
				Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "heldOn").and(Sort.by("sessionId"))),
				OutreachSessionView.class);
	}

	OutreachSessionView session(String sessionId, Role... readers) {
		Actor actor = this.tenant.requireAnyRole(readers);
		OutreachSessionView session = this.mongo.findById(sessionId, OutreachSessionView.class);
		if (session == null || !visible(session.provinceCode(), session.communeCode())
				|| !isReadableBy(actor, readers, session)) {
			throw new NotFoundException("No outreach session " + sessionId + " in the caller's scope.");
		}
		return session;
	}

	/**
	 * Collaborators are volunteers who report what they did: they see the sessions they
	 * recorded, not the commune's others, which staff see.
	 */
	private static boolean isReadableBy(Actor actor, Role[] readers, OutreachSessionView session) {
		return actor.firstRoleOf(readers) != Role.COLLABORATOR || actor.userId().equals(session.recordedBy());
	}

	List<InterestView> interests(Scope scope, InterestState state, String endpoint) {
		Criteria criteria = scope.criteria();
		if (state != null) {
			criteria = criteria.and("state").is(state);
		}
		List<InterestFile> found = this.mongo.find(Query.query(criteria).with(Sort.by("interestedOn", "interestId")),
				InterestFile.class);
		record(scope, found, endpoint, InterestAccessPurpose.LIST);
		return found.stream().map(InterestFile::view).toList();
	}

	InterestView interest(String interestId, String endpoint, Role... readers) {
		Actor actor = this.tenant.requireAnyRole(readers);
		InterestFile file = this.mongo.findById(interestId, InterestFile.class);
		if (file == null || !visible(file.provinceCode, file.communeCode)) {
			throw new NotFoundException("No interest " + interestId + " in the caller's scope.");
		}
		record(new Scope(actor, actor.firstRoleOf(readers), file.provinceCode, file.communeCode), List.of(file),
				endpoint, InterestAccessPurpose.INTEREST_VIEW);
		return file.view();
	}

	/**
	 * @param withinDays also list follow-ups falling due within so many days from today
	 * @return the people nobody has followed up yet whose follow-up is due by then, the
	 * most overdue first
	 */
	List<FollowUpDue> followUpsDue(Scope scope, int withinDays, String endpoint) {
		LocalDate today = today();
		int days = this.properties.followUpDays();
		LocalDate interestedBy = today.plusDays(withinDays).minusDays(days);
		Query query = Query
			.query(scope.criteria().and("state").is(InterestState.INTERESTED).and("interestedOn").lte(interestedBy))
			.with(Sort.by("interestedOn", "interestId"));
		List<InterestFile> found = this.mongo.find(query, InterestFile.class);
		record(scope, found, endpoint, InterestAccessPurpose.FOLLOW_UP_REVIEW);
		return found.stream().map(file -> {
			LocalDate dueOn = file.interestedOn.plusDays(days);
			return new FollowUpDue(file.interestId, file.communeCode, file.fullName, file.phone, file.sourceSessionId,
					file.interestedOn, dueOn, ChronoUnit.DAYS.between(dueOn, today));
		}).toList();
	}

	OutreachReport report(Scope scope, LocalDate from, LocalDate to) {
		List<OutreachSessionView> sessions = sessions(scope, from, to);
		Map<Audience, Long> byAudience = new EnumMap<>(Audience.class);
		for (Audience audience : Audience.values()) {
			byAudience.put(audience, sessions.stream().filter(session -> session.audience() == audience).count());
		}
		List<InterestFile> interests = this.mongo.find(Query.query(scope.criteria()), InterestFile.class);
		Set<String> fromOutreach = new HashSet<>();
		interests.stream().filter(file -> file.caregiverId != null).forEach(file -> fromOutreach.add(file.caregiverId));
		List<String> eligible = this.caregivers.foundEligibleBetween(scope.provinceCode(), scope.communeCode(), from,
				to);
		return new OutreachReport(scope.provinceCode(), scope.communeCode(), from, to, sessions.size(), byAudience,
				sessions.stream().mapToLong(OutreachSessionView::attendance).sum(),
				interests.stream().filter(file -> within(file.interestedOn, from, to)).count(),
				interests.stream()
					.filter(file -> file.followUps.stream()
						.anyMatch(followUp -> within(followUp.followedUpOn(), from, to)))
					.count(),
				interests.stream().filter(file -> within(file.registeredOn, from, to)).count(),
				interests.stream().filter(file -> within(file.declinedOn, from, to)).count(), eligible.size(),
				eligible.stream().filter(fromOutreach::contains).count());
	}

	private void record(Scope scope, List<InterestFile> shown, String endpoint, InterestAccessPurpose purpose) {
		this.accessLog.recordReads(INTERESTED_PERSON, scope.actor(), scope.role(),
				shown.stream()
					.map(file -> new Shown(file.interestId, null, file.provinceCode, file.communeCode))
					.toList(),
				endpoint, purpose.name());
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return day != null && !day.isBefore(from) && !day.isAfter(to);
	}

	private boolean visible(String provinceCode, String communeCode) {
		return this.tenant.canSee(new ProvinceCode(provinceCode), new CommuneCode(communeCode));
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Acting.VIETNAM);
	}

	/**
	 * Where a caller reads.
	 *
	 * @param role the role in which they read, as the access log records it
	 * @param communeCode one commune, or {@code null} for the whole province
	 */
	record Scope(Actor actor, Role role, String provinceCode, String communeCode) {

		Criteria criteria() {
			Criteria criteria = Criteria.where("provinceCode").is(this.provinceCode);
			return (this.communeCode != null) ? criteria.and("communeCode").is(this.communeCode) : criteria;
		}

	}

}
