package org.kinbridge.family.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.embedded.mongo.DurableMongoServer;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.communes.CommuneScope;
import org.kinbridge.family.outreach.OutreachReader.Scope;
import org.kinbridge.family.outreach.api.Audience;
import org.kinbridge.family.outreach.api.FollowUpRecorded;
import org.kinbridge.family.outreach.api.InterestDeclined;
import org.kinbridge.family.outreach.api.InterestRecorded;
import org.kinbridge.family.outreach.api.InterestRegistered;
import org.kinbridge.family.outreach.api.OutreachSessionRecorded;
import org.kinbridge.family.reading.CaregiverFiles;
import org.kinbridge.platform.adminunits.AdministrativeUnits;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.audit.AccessRecord;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.CurrentActor;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outreach read side on a MongoDB wire server, on the fixed day of 28 November 2026:
 * follow-ups fall due the configured days after the interest, and the report per commune
 * counts sessions, people reached, interest, registrations and the caregivers found
 * eligible. Every interested person shown is recorded in the access log.
 */
class OutreachReaderIT {

	private static final String PROVINCE = "91";

	private static final String PHU_TAN = "30406";

	private static final String CHO_VAM = "30409";

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

	private static final LocalDate QUARTER_START = LocalDate.of(2026, 10, 1);

	private static final LocalDate QUARTER_END = LocalDate.of(2026, 12, 31);

	private static final Actor OFFICER = new Actor("officer.phutan", "Cán bộ xã", Set.of(Role.COMMUNE_OFFICER),
			new ProvinceCode(PROVINCE), new CommuneCode(PHU_TAN));

	private static final Actor PROVINCE_OFFICER = new Actor("officer.angiang", "Cán bộ tỉnh",
			Set.of(Role.PROVINCE_OFFICER), new ProvinceCode(PROVINCE), null);

	private static final String FOLLOW_UPS = "GET /api/families/outreach/follow-ups";

	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private static DurableMongoServer server;

	private static MongoClient client;

	private MongoTemplate mongo;

	private OutreachProjection projection;

	private AccessLog accessLog;

	private final CaregiverFiles caregivers = mock(CaregiverFiles.class);

	private int sequence;

	@BeforeAll
	static void startServer() {
		server = DurableMongoServer.inMemory();
		client = MongoClients.create(server.start("127.0.0.1", 0));
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.close();
	}

	@BeforeEach
	void emptyDatabase() {
		this.mongo = new MongoTemplate(client, "outreach_reader_it");
		this.mongo.getDb().drop();
		this.projection = new OutreachProjection(this.mongo);
		this.accessLog = new AccessLog(this.mongo, Clock.fixed(NOW, ZoneOffset.UTC), "caregiver");
	}

	@Test
	void aFollowUpFallsDueFourteenDaysAfterTheInterestAndOnlyWhileNobodyFollowedUp() {
		interest("interest-20", PHU_TAN, TODAY.minusDays(20));
		interest("interest-14", PHU_TAN, TODAY.minusDays(14));
		interest("interest-13", PHU_TAN, TODAY.minusDays(13));
		interest("interest-followed", PHU_TAN, TODAY.minusDays(30));
		this.projection.on(new FollowUpRecorded("interest-followed", PROVINCE, PHU_TAN, "Đã gọi.", TODAY.minusDays(25),
				officer(TODAY.minusDays(25))), next());
		interest("interest-cho-vam", CHO_VAM, TODAY.minusDays(20));

		List<FollowUpDue> due = reader(14).followUpsDue(officerIn(PHU_TAN), 0, FOLLOW_UPS);
		assertThat(due).extracting(FollowUpDue::interestId).containsExactly("interest-20", "interest-14");
		assertThat(due.get(0).dueOn()).isEqualTo(TODAY.minusDays(6));
		assertThat(due.get(0).daysOverdue()).isEqualTo(6);
		assertThat(due.get(1).daysOverdue()).isZero();

		assertThat(reader(14).followUpsDue(officerIn(PHU_TAN), 1, FOLLOW_UPS)).extracting(FollowUpDue::interestId)
			.containsExactly("interest-20", "interest-14", "interest-13");
		assertThat(reader(7).followUpsDue(officerIn(null), 0, FOLLOW_UPS)).extracting(FollowUpDue::interestId)
			.containsExactlyInAnyOrder("interest-20", "interest-14", "interest-13", "interest-cho-vam");
	}

	@Test
	void theReportOfACommuneCountsWhatOutreachAchievedInThePeriod() {
		session("outreach-1", PHU_TAN, LocalDate.of(2026, 10, 5), 40, Audience.COMMUNITY);
		session("outreach-2", PHU_TAN, LocalDate.of(2026, 11, 20), 12, Audience.CAREGIVERS);
		session("outreach-before", PHU_TAN, LocalDate.of(2026, 9, 30), 100, Audience.PARENTS);
		session("outreach-cho-vam", CHO_VAM, LocalDate.of(2026, 11, 1), 25, Audience.PARENTS);
		interest("interest-a", PHU_TAN, LocalDate.of(2026, 10, 5));
		interest("interest-b", PHU_TAN, LocalDate.of(2026, 11, 20));
		interest("interest-c", PHU_TAN, LocalDate.of(2026, 11, 20));
		interest("interest-old", PHU_TAN, LocalDate.of(2026, 9, 30));
		this.projection.on(new FollowUpRecorded("interest-a", PROVINCE, PHU_TAN, "Đã thăm.", LocalDate.of(2026, 10, 12),
				officer(LocalDate.of(2026, 10, 12))), next());
		this.projection.on(
				new InterestRegistered("interest-a", PROVINCE, PHU_TAN, "cg-a", officer(LocalDate.of(2026, 10, 20))),
				next());
		this.projection.on(new InterestDeclined("interest-b", PROVINCE, PHU_TAN, "Không đủ sức khỏe.",
				officer(LocalDate.of(2026, 11, 25))), next());
		this.projection.on(
				new InterestRegistered("interest-old", PROVINCE, PHU_TAN, "cg-old", officer(LocalDate.of(2026, 9, 30))),
				next());
		when(this.caregivers.foundEligibleBetween(eq(PROVINCE), eq(PHU_TAN), any(), any()))
			.thenReturn(List.of("cg-a", "cg-old", "cg-walk-in"));

		OutreachReport report = reader(14).report(officerIn(PHU_TAN), QUARTER_START, QUARTER_END);

		assertThat(report.sessionsHeld()).isEqualTo(2);
		assertThat(report.sessionsByAudience()).containsEntry(Audience.COMMUNITY, 1L)
			.containsEntry(Audience.CAREGIVERS, 1L)
			.containsEntry(Audience.PARENTS, 0L);
		assertThat(report.peopleReached()).isEqualTo(52);
		assertThat(report.interested()).isEqualTo(3);
		assertThat(report.followedUp()).isEqualTo(1);
		assertThat(report.registered()).isEqualTo(1);
		assertThat(report.declined()).isEqualTo(1);
		assertThat(report.foundEligible()).isEqualTo(3);
		assertThat(report.foundEligibleFromOutreach()).as("cg-a and cg-old came through an interest").isEqualTo(2);
	}

	@Test
	void sessionsAreListedLatestFirstWithinTheScopeAndPeriod() {
		session("outreach-1", PHU_TAN, LocalDate.of(2026, 10, 5), 40, Audience.COMMUNITY);
		session("outreach-2", PHU_TAN, LocalDate.of(2026, 11, 20), 12, Audience.CAREGIVERS);
		session("outreach-cho-vam", CHO_VAM, LocalDate.of(2026, 11, 1), 25, Audience.PARENTS);
		this.mongo.save(new OutreachSessionView("outreach-saigon", "79", "26740", LocalDate.of(2026, 11, 2), "Phường",
				null, "Chăm sóc thay thế", "Cán bộ phường", 30, Audience.PARENTS, "officer.saigon", "COMMUNE_OFFICER",
				NOW));

		assertThat(reader(14).sessions(officerIn(PHU_TAN), null, null)).extracting(OutreachSessionView::sessionId)
			.containsExactly("outreach-2", "outreach-1");
		assertThat(reader(14).sessions(officerIn(null), LocalDate.of(2026, 11, 1), null))
			.extracting(OutreachSessionView::sessionId)
			.containsExactly("outreach-2", "outreach-cho-vam");
	}

	@Test
	void aCollaboratorListsOnlyTheSessionsTheyRecorded() {
		session("outreach-by-officer", PHU_TAN, LocalDate.of(2026, 11, 3), 20, Audience.PARENTS);
		this.projection
			.on(new OutreachSessionRecorded("outreach-by-collab", PROVINCE, PHU_TAN, LocalDate.of(2026, 11, 4),
					"Nhà văn hóa", null, "Chăm sóc thay thế", "Cộng tác viên", 15, Audience.COMMUNITY,
					new Acting("collab", "COLLABORATOR", PROVINCE, PHU_TAN, at(LocalDate.of(2026, 11, 4)))));
		Actor collaborator = new Actor("collab", "Cộng tác viên", Set.of(Role.COLLABORATOR), new ProvinceCode(PROVINCE),
				new CommuneCode(PHU_TAN));

		assertThat(reader(14).sessions(new Scope(collaborator, Role.COLLABORATOR, PROVINCE, PHU_TAN), null, null))
			.extracting(OutreachSessionView::sessionId)
			.containsExactly("outreach-by-collab");
	}

	@Test
	void everyInterestedPersonShownIsRecordedAsSuchAndTheReportRecordsNobody() {
		interest("interest-20", PHU_TAN, TODAY.minusDays(20));
		interest("interest-1", PHU_TAN, TODAY.minusDays(1));
		interest("interest-cho-vam", CHO_VAM, TODAY.minusDays(20));

		reader(14).interests(officerIn(PHU_TAN), null, "GET /api/families/outreach/interests");
		assertThat(reads(null)).extracting(AccessRecord::subjectId, AccessRecord::purpose)
			.containsExactlyInAnyOrder(tuple("interest-20", "LIST"), tuple("interest-1", "LIST"));
		assertThat(reads(null)).allSatisfy(read -> {
			assertThat(read.subjectType()).isEqualTo(OutreachReader.INTERESTED_PERSON);
			assertThat(read.userId()).isEqualTo("officer.phutan");
			assertThat(read.role()).isEqualTo("COMMUNE_OFFICER");
			assertThat(read.communeCode()).isEqualTo(PHU_TAN);
			assertThat(read.at()).isEqualTo(NOW);
			assertThat(read.endpoint()).isEqualTo("GET /api/families/outreach/interests");
		});

		reader(14).interest("interest-1", "GET /api/families/outreach/interests/{interestId}", READERS);
		reader(14).followUpsDue(officerIn(PHU_TAN), 0, FOLLOW_UPS);
		assertThat(reads("interest-1")).extracting(AccessRecord::purpose)
			.containsExactlyInAnyOrder("LIST", "INTEREST_VIEW");
		assertThat(reads("interest-20")).extracting(AccessRecord::purpose)
			.containsExactlyInAnyOrder("LIST", "FOLLOW_UP_REVIEW");

		reader(14).report(officerIn(PHU_TAN), QUARTER_START, QUARTER_END);
		assertThat(reads(null)).as("the report counts, it names nobody").hasSize(4);
		assertThat(reads("interest-cho-vam")).as("another commune's person was not shown").isEmpty();
		assertThat(this.accessLog.find(PROVINCE, "caregiver", null, null, 0, 50).getContent())
			.as("interested people are not caregivers (yet)")
			.isEmpty();
		assertThat(this.accessLog.find("79", OutreachReader.INTERESTED_PERSON, null, null, 0, 50).getContent())
			.as("another province's auditor")
			.isEmpty();
	}

	// Steps

	private List<AccessRecord> reads(String interestId) {
		return this.accessLog.find(PROVINCE, OutreachReader.INTERESTED_PERSON, interestId, null, 0, 50).getContent();
	}

	/**
	 * The commune's officer, or for the whole province ({@code null}) a province officer.
	 */
	private static Scope officerIn(String commune) {
		return (commune != null) ? new Scope(OFFICER, Role.COMMUNE_OFFICER, PROVINCE, commune)
				: new Scope(PROVINCE_OFFICER, Role.PROVINCE_OFFICER, PROVINCE, null);
	}

	private OutreachReader reader(int followUpDays) {
		TenantGuard officer = new TenantGuard(new CurrentActor() {
			@Override
			public Optional<Actor> find() {
				return Optional.of(OFFICER);
			}
		});
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		return new OutreachReader(this.mongo, this.accessLog, this.caregivers, officer,
				new CommuneScope(AdministrativeUnits.fromDefaultData(), officer, clock),
				new OutreachProperties(followUpDays), clock);
	}

	private void session(String sessionId, String commune, LocalDate heldOn, int attendance, Audience audience) {
		this.projection.on(new OutreachSessionRecorded(sessionId, PROVINCE, commune, heldOn, "Nhà văn hóa", null,
				"Chăm sóc thay thế", "Cán bộ xã", attendance, audience, officer(heldOn)));
	}

	private void interest(String interestId, String commune, LocalDate on) {
		this.projection.on(new InterestRecorded(interestId, PROVINCE, commune, "Người " + interestId, null, null, null,
				new Acting("collab", "COLLABORATOR", PROVINCE, commune, at(on))), 0);
	}

	private long next() {
		return ++this.sequence;
	}

	private static Acting officer(LocalDate on) {
		return new Acting("officer.phutan", "COMMUNE_OFFICER", PROVINCE, PHU_TAN, at(on));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(Acting.VIETNAM).toInstant();
	}

}
