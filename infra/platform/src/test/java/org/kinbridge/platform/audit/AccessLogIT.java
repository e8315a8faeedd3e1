package org.kinbridge.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.platform.readmodel.ReadModelIndexCreator;
import org.kinbridge.platform.audit.AccessLog.Shown;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The access log against a MongoDB wire server: every record shown is written with its
 * reader, role, time, endpoint and purpose, and auditors find only their province's
 * reads, by subject or reader, newest first.
 */
class AccessLogIT {

	private static final Instant NINE = Instant.parse("2026-11-29T02:00:00Z");

	private static final Actor OFFICER = new Actor("officer.phutan", "Officer", Set.of(Role.COMMUNE_OFFICER),
			ProvinceCode.of("91"), CommuneCode.of("30406"));

	private static final Actor OTHER_OFFICER = new Actor("officer.saigon", "Officer", Set.of(Role.COMMUNE_OFFICER),
			ProvinceCode.of("79"), CommuneCode.of("26740"));

	private static MongoServer server;

	private static MongoClient client;

	private MongoTemplate mongo;

	@BeforeAll
	static void startServer() {
		server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = server.bind();
		client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.shutdownNow();
	}

	@BeforeEach
	void freshDatabase() {
		this.mongo = new MongoTemplate(client, "access_" + UUID.randomUUID().toString().substring(0, 8));
	}

	@Test
	void recordsEveryRecordShownWithWhoReadItWhenAndWhy() {
		log(NINE).recordReads(OFFICER, Role.COMMUNE_OFFICER,
				List.of(new Shown("case-1", "91-2026-000001", "91", "30406"), new Shown("case-2", null, "91", "30406")),
				"GET /api/cases", "CASELOAD");

		assertThat(this.mongo.findAll(AccessRecord.class, AccessRecord.COLLECTION)).hasSize(2)
			.allSatisfy((read) -> assertThat(read)
				.extracting(AccessRecord::subjectType, AccessRecord::provinceCode, AccessRecord::communeCode,
						AccessRecord::userId, AccessRecord::role, AccessRecord::at, AccessRecord::endpoint,
						AccessRecord::purpose)
				.containsExactly("case", "91", "30406", "officer.phutan", "COMMUNE_OFFICER", NINE, "GET /api/cases",
						"CASELOAD"))
			.extracting(AccessRecord::subjectId, AccessRecord::subjectLabel)
			.map((pair) -> pair.toList())
			.containsExactlyInAnyOrder(List.of("case-1", "91-2026-000001"), Arrays.asList("case-2", null));
	}

	@Test
	void recordsAnotherKindOfRecordUnderItsOwnSubjectType() {
		log(NINE).recordReads("interested-person", OFFICER, Role.COMMUNE_OFFICER,
				List.of(new Shown("interest-1", null, "91", "30406")), "GET /api/families/outreach/interests",
				"OUTREACH");

		assertThat(log(NINE).find("91", "interested-person", null, null, 0, 10).getContent()).singleElement()
			.extracting(AccessRecord::subjectId)
			.isEqualTo("interest-1");
		assertThat(log(NINE).find("91", "case", null, null, 0, 10).getContent()).isEmpty();
	}

	@Test
	void writesNothingWhenNothingWasShown() {
		log(NINE).recordReads(OFFICER, Role.COMMUNE_OFFICER, List.of(), "GET /api/cases", "CASELOAD");

		assertThat(this.mongo.count(new Query(), AccessRecord.class)).isZero();
	}

	@Test
	void findsOnlyTheAuditorsProvinceBySubjectOrReaderNewestFirst() {
		Shown first = new Shown("case-1", "91-2026-000001", "91", "30406");
		Shown second = new Shown("case-2", "91-2026-000002", "91", "30406");
		log(NINE).recordReads(OFFICER, Role.COMMUNE_OFFICER, List.of(first), "GET /api/cases/{caseId}", "CASE_VIEW");
		log(NINE.plusSeconds(60)).recordReads(OFFICER, Role.COMMUNE_OFFICER, List.of(first, second),
				"GET /api/cases/search", "SEARCH");
		log(NINE.plusSeconds(120)).recordReads(OTHER_OFFICER, Role.COMMUNE_OFFICER,
				List.of(new Shown("case-9", null, "79", "26740")), "GET /api/cases/{caseId}", "CASE_VIEW");
		new AccessLog(this.mongo, Clock.fixed(NINE, ZoneOffset.UTC), "caregiver").recordReads(OFFICER,
				Role.COMMUNE_OFFICER, List.of(new Shown("case-1", null, "91", "30406")), "GET /api/families", "LIST");

		AccessLog log = log(NINE);
		Page<AccessRecord> ofFirstCase = log.find("91", "case", "case-1", null, 0, 50);
		assertThat(ofFirstCase.getContent()).extracting(AccessRecord::purpose).containsExactly("SEARCH", "CASE_VIEW");
		assertThat(ofFirstCase.getTotalElements()).isEqualTo(2);
		assertThat(log.find("91", null, null, "officer.phutan", 0, 50).getTotalElements()).isEqualTo(4);
		assertThat(log.find("91", null, null, "officer.saigon", 0, 50).getContent()).isEmpty();
		assertThat(log.find("79", "case", null, null, 0, 50).getContent()).extracting(AccessRecord::subjectId)
			.containsExactly("case-9");

		Page<AccessRecord> secondPage = log.find("91", "case", null, null, 1, 2);
		assertThat(secondPage.getContent()).extracting(AccessRecord::purpose).containsExactly("CASE_VIEW");
		assertThat(secondPage.getTotalElements()).isEqualTo(3);
	}

	@Test
	void createsItsIndexesAgainAndAgainWithoutComplaint() {
		ReadModelIndexCreator creator = new ReadModelIndexCreator(this.mongo, List.of(AccessLog.indexes()));
		assertThat(creator.createAll()).isZero();
		assertThat(creator.createAll()).isZero();

		assertThat(this.mongo.indexOps(AccessRecord.class).getIndexInfo()).extracting((index) -> index.getName())
			.contains("by-subject", "by-user");
	}

	private AccessLog log(Instant now) {
		return new AccessLog(this.mongo, Clock.fixed(now, ZoneOffset.UTC), "case");
	}

}
