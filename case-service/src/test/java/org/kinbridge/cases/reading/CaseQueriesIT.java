package org.kinbridge.cases.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.casefile.Deadline;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The caseload and search queries against a MongoDB wire server: overdue cases first,
 * paging across both groups, names without diacritics, and the caller's scope inside the
 * query.
 */
class CaseQueriesIT {

	private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

	private static final CaseQueries.Scope PHU_TAN = new CaseQueries.Scope("91", "30406", null);

	private static final CaseQueries.Scope AN_GIANG = new CaseQueries.Scope("91", null, null);

	private static final CaseQueries.Caseload ALL = new CaseQueries.Caseload(null, null, null);

	private static MongoServer server;

	private static MongoClient client;

	private MongoTemplate mongo;

	private CaseQueries queries;

	@BeforeAll
	static void server() {
		server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = server.bind();
		client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdown();
	}

	@BeforeEach
	void cases() {
		this.mongo = new MongoTemplate(client, "case_queries_it");
		this.mongo.dropCollection(CaseSummary.class);
		this.queries = new CaseQueries(this.mongo);
		this.mongo.insertAll(
				List.of(summary("case-000001", "30406", days(10), "Nguyễn Văn An", "officer.phutan", null, open(-5)),
						summary("case-000002", "30406", days(9), "Trần Thị Bình", "collab.phutan", "officer.phutan",
								List.of()),
						summary("case-000003", "30406", days(8), "Lê Thị Diệu", "officer.phutan", null, open(-30)),
						summary("case-000004", "30406", days(7), "Phạm Văn Em", "officer2.phutan", null, met(-40)),
						summary("case-000005", "30406", days(6), "Đặng Minh Khoa", "officer2.phutan", null, open(+60)),
						summary("case-000006", "30316", days(5), "Nguyễn Văn An", "officer.chaudoc", null, open(-1)),
						SyntheticCases.summary("case-000007", "79", "26740", days(4), List.of("Nguyễn Văn An"),
								"officer.saigon", null, "REPORT_RECEIVED", open(-1))));
	}

	@Test
	void overdueCasesComeFirstOldestReportFirstThenTheRestNewestFirst() {
		Page<CaseSummary> caseload = this.queries.caseload(PHU_TAN, ALL, NOW, 0, 10);

		assertThat(caseload.items()).extracting(CaseSummary::caseId)
			.containsExactly("case-000001", "case-000003", "case-000005", "case-000004", "case-000002");
		assertThat(caseload.total()).isEqualTo(5);
	}

	@Test
	void pagesRunOnFromTheOverdueCasesIntoTheRest() {
		assertThat(this.queries.caseload(PHU_TAN, ALL, NOW, 0, 3).items()).extracting(CaseSummary::caseId)
			.containsExactly("case-000001", "case-000003", "case-000005");
		assertThat(this.queries.caseload(PHU_TAN, ALL, NOW, 1, 3).items()).extracting(CaseSummary::caseId)
			.containsExactly("case-000004", "case-000002");
		assertThat(this.queries.caseload(PHU_TAN, ALL, NOW, 2, 3).items()).isEmpty();
	}

	@Test
	void anOfficersCaseloadHoldsTheCasesTheyRecordedOrHandle() {
		assertThat(this.queries.caseload(PHU_TAN, new CaseQueries.Caseload(null, "officer.phutan", null), NOW, 0, 10)
			.items()).extracting(CaseSummary::caseId).containsExactly("case-000001", "case-000003", "case-000002");
	}

	@Test
	void aProvinceWideCaseloadFiltersByCommuneAndStatus() {
		assertThat(this.queries.caseload(AN_GIANG, ALL, NOW, 0, 10).total()).isEqualTo(6);
		assertThat(this.queries.caseload(AN_GIANG, new CaseQueries.Caseload("30316", null, null), NOW, 0, 10).items())
			.extracting(CaseSummary::caseId)
			.containsExactly("case-000006");
		assertThat(this.queries.caseload(AN_GIANG, new CaseQueries.Caseload(null, null, "CLOSED"), NOW, 0, 10).items())
			.isEmpty();
	}

	@Test
	void aCommuneBoundCallerAskingForAnotherCommuneGetsNothing() {
		assertThat(this.queries.caseload(PHU_TAN, new CaseQueries.Caseload("30316", null, null), NOW, 0, 10).items())
			.isEmpty();
	}

	@Test
	void aCollaboratorsCaseloadHoldsOnlyTheirOwnReports() {
		assertThat(
				this.queries.caseload(new CaseQueries.Scope("91", "30406", "collab.phutan"), ALL, NOW, 0, 10).items())
			.extracting(CaseSummary::caseId)
			.containsExactly("case-000002");
	}

	@Test
	void findsAChildByNameWithOrWithoutDiacriticsWithinTheCallersScope() {
		assertThat(this.queries.search(AN_GIANG, null, "nguyen van an", 0, 10).items()).extracting(CaseSummary::caseId)
			.containsExactly("case-000006", "case-000001");
		assertThat(this.queries.search(PHU_TAN, null, "NGUYỄN AN", 0, 10).items()).extracting(CaseSummary::caseId)
			.containsExactly("case-000001");
		assertThat(this.queries.search(PHU_TAN, null, "dang minh khoa", 0, 10).items()).extracting(CaseSummary::caseId)
			.containsExactly("case-000005");
		assertThat(this.queries.search(PHU_TAN, null, "Nguyen Van Anh", 0, 10).items()).isEmpty();
	}

	@Test
	void findsACaseByItsNumberOnlyInTheCallersProvince() {
		assertThat(this.queries.search(AN_GIANG, "91-2026-000003", null, 0, 10).items()).extracting(CaseSummary::caseId)
			.containsExactly("case-000003");
		assertThat(this.queries.search(AN_GIANG, "79-2026-000007", null, 0, 10).items()).isEmpty();
	}

	private static CaseSummary summary(String caseId, String commune, Instant receivedAt, String childName,
			String recordedBy, String assignedTo, List<Deadline> deadlines) {
		return SyntheticCases.summary(caseId, "91", commune, receivedAt, List.of(childName), recordedBy, assignedTo,
				"REPORT_RECEIVED", deadlines);
	}

	private static Instant days(int ago) {
		return NOW.minus(Duration.ofDays(ago));
	}

	/** A deadline still open, due {@code minutes} from now (negative: overdue). */
	private static List<Deadline> open(int minutes) {
		return List.of(new Deadline("EMERGENCY_12H", NOW.plus(Duration.ofMinutes(minutes)), null, null));
	}

	/** A deadline that fell due {@code minutes} from now and was met, late. */
	private static List<Deadline> met(int minutes) {
		Instant due = NOW.plus(Duration.ofMinutes(minutes));
		return List.of(new Deadline("EMERGENCY_12H", due, due.plusSeconds(60), due.plusSeconds(1)));
	}

}
