package org.kinbridge.matching.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.EventType;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverRegisteredV1;
import org.kinbridge.matching.CloudEventsProducer;
import org.kinbridge.matching.placement.ServiceContextOnly;
import org.kinbridge.testkit.ReplayDriver;
import org.kinbridge.testkit.SharedInfrastructure;
import org.kinbridge.testkit.TestTokens;
import org.kinbridge.testkit.isolation.AccessMatrix;
import org.kinbridge.testkit.isolation.MatrixRun;
import org.kinbridge.testkit.isolation.MatrixTokens;
import org.kinbridge.testkit.isolation.Routes;
import org.kinbridge.testkit.isolation.Tenant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.filter.TypeExcludeFilters;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * matching-service's access matrix (issue 6) run against the whole service on the shared
 * Kafka broker and MongoDB wire server with signed tokens: every endpoint for every role,
 * in its own province and against province 79's objects, and with no, an expired or a
 * forged token. Children and caregivers reach matching only as case- and family-service
 * events, so the fixture publishes those and then works through the API as officers do.
 * The output of the whole run is captured, and no name or birth date of the fixture may
 * appear in it.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=matching-access-matrix-it")
@TypeExcludeFilters(ServiceContextOnly.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final AccessMatrix MATRIX = AccessMatrix.load("security/access-matrix.txt");

	/** Province 91, commune 30406 (xã Phú Tân): the callers' own province. */
	private static final Province AN_GIANG = new Province("91", "30406", "Trần Thị Mai Lan",
			LocalDate.parse("1961-09-17"), LocalDate.parse("2015-04-12"), LocalDate.parse("2017-08-23"));

	/**
	 * Province 79, commune 26740 (phường Sài Gòn): objects the callers must never reach.
	 */
	private static final Province SAIGON = new Province("79", "26740", "Lê Thị Bích Ngọc",
			LocalDate.parse("1963-07-08"), LocalDate.parse("2014-11-05"), LocalDate.parse("2016-01-27"));

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "matching_access_matrix_it");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private ObjectMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	private Tenant own;

	private Tenant other;

	@BeforeAll
	void bothProvincesHaveEveryObjectThePathsName() throws Exception {
		Fixture anGiang = publish(AN_GIANG);
		Fixture saigon = publish(SAIGON);
		this.own = anGiang.throughTheApi(this);
		this.other = saigon.throughTheApi(this);
		// The replay endpoints name a replay: one that has run, of a small read model.
		String replayId = (String) ReplayDriver
			.withTestToken("http://localhost:" + this.port + "/api/matching/admin/replays")
			.replay("placement-views", Duration.ofSeconds(60))
			.get("id");
		this.own = this.own.with("replayId", replayId);
		this.other = this.other.with("replayId", replayId);
	}

	@Test
	@Order(1)
	void everyEndpointOfTheServiceHasAnEntryInTheMatrix() {
		MATRIX.requireCovers(Routes.of(this.handlerMapping, "/api/"));
	}

	@TestFactory
	@Order(2)
	Stream<DynamicNode> everyRoleGetsWhatTheMatrixSaysAndNothingOfAnotherProvince() {
		return new MatrixRun(URI.create("http://localhost:" + this.port), this.own, this.other,
				MatrixTokens.signedForTests(), Path.of("target/access-matrix/matching.csv"))
			.tests(MATRIX);
	}

	@Test
	@Order(3)
	void theLogsOfTheWholeRunShowNoNameOrBirthDateOfTheFixture(CapturedOutput output) {
		// Every line the service logs names it, so an empty capture cannot pass as clean.
		assertThat(output.getAll()).as("the service's logs were captured").contains("matching-access-matrix-it");
		for (Province province : List.of(AN_GIANG, SAIGON)) {
			assertThat(output.getAll()).doesNotContain(province.personalValues());
		}
	}

	// The fixture

	/**
	 * What case- and family-service publish for one province: an approved relative of the
	 * first child and two waiting children. The relative has two places: one for the
	 * fixture's proposal and one for the matrix's, so that a second proposal for the same
	 * need is refused by the places held (409) even when the placement view, which the
	 * one-open-placement check reads, has not caught up with the first.
	 */
	private Fixture publish(Province province) throws Exception {
		String run = province.code() + "-" + UUID.randomUUID();
		Fixture fixture = new Fixture(province, "need-" + run, "need-2-" + run, "cg-" + run, "case-" + run,
				"case-2-" + run);
		Instant registeredAt = Instant.now().minus(Duration.ofDays(40));
		ActorRef officer = new ActorRef("officer." + province.code(), "COMMUNE_OFFICER");
		ActorRef chair = new ActorRef("chair." + province.code(), "COMMUNE_CHAIR");
		send(fixture.caregiverId(), province.code(),
				new CaregiverRegisteredV1(fixture.caregiverId(), province.code(), province.commune(),
						new CaregiverRegisteredV1.Applicant(province.caregiverName(), province.caregiverBorn(),
								"FEMALE"),
						List.of("KINSHIP", "EMERGENCY"), 2, List.of("vi"), "KINH", "NONE", registeredAt, officer));
		send(fixture.caregiverId(), province.code(), new CaregiverApprovedV1(fixture.caregiverId(), province.code(),
				province.commune(), List.of("KINSHIP", "EMERGENCY"), fixture.caseId(), 2, 2,
				new CaregiverApprovedV1.Preferences(null, null, List.of(), true, List.of()), List.of("vi"), "KINH",
				"NONE", "FEMALE", province.caregiverBorn(), 2, registeredAt.plus(Duration.ofDays(10)), chair));
		send(fixture.needId(), province.code(),
				need(province, fixture.needId(), fixture.caseId(), province.childBorn(), chair));
		send(fixture.secondNeedId(), province.code(),
				need(province, fixture.secondNeedId(), fixture.secondCaseId(), province.secondChildBorn(), chair));
		return fixture;
	}

	private static AlternativeCareNeededV1 need(Province province, String needId, String caseId, LocalDate born,
			ActorRef chair) {
		return new AlternativeCareNeededV1(needId, caseId, province.code(), province.commune(),
				new AlternativeCareNeededV1.ChildProfile("child-" + needId, caseId, "MALE", born, null, "KINH", "NONE",
						List.of("vi"), List.of(), List.of()),
				null, List.of(), false, List.of("KINSHIP", "EMERGENCY"), List.of(),
				new AlternativeCareNeededV1.Eligibility("ORPHANED_OR_ABANDONED", true, "GUARDIAN_CONSENT", true),
				"No parent can care for the child.", "Law on Children 2016 Art. 62",
				Instant.now().minus(Duration.ofDays(20)), chair);
	}

	private void send(String subject, String province, Object data) throws Exception {
		EventType type = EventTypes.forDataClass(data.getClass()).orElseThrow();
		CloudEventsProducer.shared()
			.publish(type.topic(), "evt-" + UUID.randomUUID(), type.type(), province, subject,
					this.json.writeValueAsString(data));
	}

	private ResponseEntity<Map> exchange(HttpMethod method, String token, String path, Object body) {
		return exchange(method, token, path, body, Map.class);
	}

	private <T> ResponseEntity<T> exchange(HttpMethod method, String token, String path, Object body, Class<T> type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.http.exchange(path, method, new HttpEntity<>(body, headers), type);
	}

	/** A province of the fixture and the personal values its events carry. */
	private record Province(String code, String commune, String caregiverName, LocalDate caregiverBorn,
			LocalDate childBorn, LocalDate secondChildBorn) {

		String[] personalValues() {
			return new String[] { this.caregiverName, this.caregiverBorn.toString(), this.childBorn.toString(),
					this.secondChildBorn.toString() };
		}

	}

	/** The ids one province's events introduced. */
	private record Fixture(Province province, String needId, String secondNeedId, String caregiverId, String caseId,
			String secondCaseId) {

		/**
		 * Waits for matching's views, then has the province's own officer make a
		 * shortlist and propose the relative, as the placement walkthrough does.
		 * @return the province's objects, named as the matrix names them
		 */
		Tenant throughTheApi(AccessMatrixIT test) {
			String officer = TestTokens.token("fixture.officer." + this.province.code(), this.province.code(),
					this.province.commune(), "COMMUNE_OFFICER");
			for (String need : List.of(this.needId, this.secondNeedId)) {
				await().atMost(Duration.ofSeconds(90))
					.until(() -> test.exchange(HttpMethod.GET, officer, "/api/matching/children/" + need, null)
						.getStatusCode() == HttpStatus.OK);
			}
			await().atMost(Duration.ofSeconds(90))
				.until(() -> test
					.exchange(HttpMethod.GET, officer, "/api/matching/caregivers?state=ELIGIBLE", null, String.class)
					.getBody()
					.contains(this.caregiverId));
			ResponseEntity<Map> shortlist = test.exchange(HttpMethod.POST, officer,
					"/api/matching/children/" + this.needId + "/shortlists", Map.of());
			assertThat(shortlist.getStatusCode()).as("%s", shortlist.getBody()).isEqualTo(HttpStatus.CREATED);
			String shortlistId = (String) shortlist.getBody().get("id");
			ResponseEntity<Map> proposal = test.exchange(HttpMethod.POST, officer, "/api/matching/placements",
					Map.of("needId", this.needId, "caregiverId", this.caregiverId, "careType", "KINSHIP", "shortlistId",
							shortlistId, "rank", 1, "reason", "The child's grandmother, same commune."));
			assertThat(proposal.getStatusCode()).as("%s", proposal.getBody()).isEqualTo(HttpStatus.CREATED);
			String placementId = (String) proposal.getBody().get("placementId");
			await().atMost(Duration.ofSeconds(90))
				.until(() -> test.exchange(HttpMethod.GET, officer, "/api/matching/placements/" + placementId, null)
					.getStatusCode() == HttpStatus.OK);
			Map<String, String> values = Map.of("needId", this.needId, "shortlistId", shortlistId, "caregiverId",
					this.caregiverId, "placementId", placementId, "proposalNeedId", this.secondNeedId, "today",
					LocalDate.now(VIETNAM).toString());
			Set<String> secrets = Set.of(this.needId, this.secondNeedId, this.caregiverId, this.caseId,
					this.secondCaseId, shortlistId, placementId, this.province.caregiverName(),
					this.province.caregiverBorn().toString(), this.province.childBorn().toString(),
					this.province.secondChildBorn().toString());
			return new Tenant(this.province.code(), this.province.commune(), values, secrets);
		}

	}

}
