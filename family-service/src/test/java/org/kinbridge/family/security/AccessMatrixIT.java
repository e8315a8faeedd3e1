package org.kinbridge.family.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kinbridge.testkit.ReplayDriver;
import org.kinbridge.testkit.SharedInfrastructure;
import org.kinbridge.testkit.isolation.AccessMatrix;
import org.kinbridge.testkit.isolation.MatrixEntry;
import org.kinbridge.testkit.isolation.MatrixRun;
import org.kinbridge.testkit.isolation.MatrixTokens;
import org.kinbridge.testkit.isolation.Routes;
import org.kinbridge.testkit.isolation.Tenant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
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
 * Every family-service endpoint, for every role, in its own province and against
 * another's objects, and with no, an expired or a forged token, as
 * {@code security/access-matrix.txt} states it: on the real service with signed tokens,
 * over objects made through the API in An Giang (91, xã Phú Tân) and TP. Hồ Chí Minh (79,
 * phường Sài Gòn). The logs of the whole run are then searched for the fixture's personal
 * data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=family-service-access-matrix")
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

	private static final String API = "/api/families";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final MatrixTokens TOKENS = MatrixTokens.signedForTests();

	/**
	 * The engine knows one value per variable name, but some routes need another object
	 * under the same name than the rest: a caregiver in another state, the counselling
	 * session rather than the outreach session, a second interest. Before such an entry
	 * runs the variable stands for that object, and afterwards for the usual one again.
	 */
	private static final Map<String, Map<String, String>> STAND_INS = Map.of(
			"POST /api/families/caregivers/{caregiverId}/vetting/checks", Map.of("caregiverId", "registeredId"),
			"POST /api/families/caregivers/{caregiverId}/counselling", Map.of("caregiverId", "registeredId"),
			"POST /api/families/caregivers/{caregiverId}/counselling/{sessionId}/attendance",
			Map.of("caregiverId", "registeredId", "sessionId", "counsellingId"),
			"POST /api/families/caregivers/{caregiverId}/household-changes", Map.of("caregiverId", "registeredId"),
			"POST /api/families/caregivers/{caregiverId}/withdrawal", Map.of("caregiverId", "registeredId"),
			"POST /api/families/caregivers/{caregiverId}/decision", Map.of("caregiverId", "vettedId"),
			"POST /api/families/outreach/interests/{interestId}/decline", Map.of("interestId", "declineInterestId"));

	private final AccessMatrix matrix = AccessMatrix.load("security/access-matrix.txt");

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	private Tenant anGiang;

	private Tenant saigon;

	private final List<String> personalData = new ArrayList<>();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "family_access_matrix_it");
		// Nothing here needs matching's events; the shared FamilyServiceItSupport context
		// consumes them, and a second consumer would take other tests' placements.
		registry.add("kinbridge.kafka.subscribe", () -> "");
	}

	@BeforeAll
	void objectsInBothProvinces() {
		// A province's secrets are its own objects and people, which the other province's
		// callers must never see; the fixture fills both as it goes.
		this.anGiang = new Tenant("91", "30406", new HashMap<>(), new LinkedHashSet<>());
		this.saigon = new Tenant("79", "26740", new HashMap<>(), new LinkedHashSet<>());
		build(this.anGiang,
				new People("Nguyễn Thị Hoa", "1980-05-01", "091180001234", "0912 345 678", "Trần Văn Nam", "1976-08-09",
						"Lê Thị Cúc", "1969-12-24", "Võ Thị Mười", "0987 654 321", "Phan Văn Bảy", "0903 111 222",
						"Đỗ Thị Lan", "1985-07-15", "091185004321", "0977 222 333"));
		build(this.saigon,
				new People("Hồ Thị Xuân", "1978-02-11", "079178009876", "0908 765 432", "Lý Văn Tâm", "1974-10-30",
						"Đặng Thị Hạnh", "1972-03-17", "Mai Thị Thu", "0934 567 890", "Quách Văn Sơn", "0918 444 555",
						"Tạ Thị Ngọc", "1983-09-21", "079183006789", "0966 777 888"));
		// The replay endpoints name a replay: one that has run, of a small read model.
		String replayId = (String) ReplayDriver
			.withTestToken("http://localhost:" + this.port + "/api/families/admin/replays")
			.replay("outreach", Duration.ofSeconds(60))
			.get("id");
		this.anGiang = this.anGiang.with("replayId", replayId);
		this.saigon = this.saigon.with("replayId", replayId);
	}

	@Test
	@Order(1)
	void everyEndpointOfTheServiceHasAnEntryInTheMatrix() {
		this.matrix.requireCovers(Routes.of(this.handlerMapping, "/api/"));
	}

	@TestFactory
	@Order(2)
	Stream<DynamicNode> everyRoleGetsWhatTheMatrixSaysInBothProvincesAndBadTokensGetNothing() {
		MatrixRun run = new MatrixRun(URI.create("http://localhost:" + this.port), this.anGiang, this.saigon, TOKENS,
				Path.of("target/access-matrix/family.csv"));
		Iterator<MatrixEntry> entries = this.matrix.entries().iterator();
		return run.tests(this.matrix).map((node) -> withStandIns(entries.next(), (DynamicContainer) node));
	}

	@Test
	@Order(3)
	void theLogsOfTheWholeRunShowNobodysPersonalData(CapturedOutput output) {
		assertThat(output.getAll()).as("the capture began before the fixture's first request")
			.contains("Initializing Servlet 'dispatcherServlet'");
		assertThat(this.personalData).hasSizeGreaterThan(20);
		for (String value : this.personalData) {
			assertThat(output.getAll()).as("the logs must not show %s", value).doesNotContain(value);
		}
	}

	private DynamicNode withStandIns(MatrixEntry entry, DynamicContainer node) {
		Map<String, String> standIns = STAND_INS.get(entry.route());
		if (standIns == null) {
			return node;
		}
		List<Tenant> tenants = List.of(this.anGiang, this.saigon);
		// By identity: a tenant's values change, and with them its record hash code.
		Map<Tenant, Map<String, String>> usual = new IdentityHashMap<>();
		DynamicTest before = DynamicTest.dynamicTest("fixture: " + standIns, () -> tenants.forEach((tenant) -> {
			Map<String, String> saved = new HashMap<>();
			standIns.forEach((variable, standIn) -> {
				saved.put(variable, tenant.values().get(variable));
				tenant.values().put(variable, tenant.value(standIn));
			});
			usual.put(tenant, saved);
		}));
		DynamicTest after = DynamicTest.dynamicTest("fixture: the usual objects again",
				() -> tenants.forEach((tenant) -> tenant.values().putAll(usual.get(tenant))));
		return DynamicContainer.dynamicContainer(node.getDisplayName(),
				Stream.concat(Stream.concat(Stream.of(before), node.getChildren()), Stream.of(after)));
	}

	// The fixture, built through the API as the province's own staff

	private void build(Tenant tenant, People people) {
		String officer = TOKENS.valid("COMMUNE_OFFICER", tenant);
		String chair = TOKENS.valid("COMMUNE_CHAIR", tenant);
		String collaborator = TOKENS.valid("COLLABORATOR", tenant);
		LocalDate today = LocalDate.now(VIETNAM);
		Map<String, String> values = tenant.values();
		values.put("today", today.toString());
		values.put("year", Integer.toString(today.getYear()));
		values.put("quarter", Integer.toString((today.getMonthValue() + 2) / 3));
		values.put("placementRef", "truoc-kinbridge-" + tenant.province());
		values.put("interestName", people.interested());
		values.put("interestPhone", people.interestedPhone());
		values.put("newApplicantName", people.newApplicant());
		values.put("newApplicantBirth", people.newApplicantBirth());
		values.put("newApplicantIdentity", people.newApplicantIdentity());
		values.put("newApplicantPhone", people.newApplicantPhone());

		String eligible = register(officer, tenant, people.applicant(), people.applicantBirth(),
				people.applicantIdentity(), people.applicantPhone());
		String vetted = register(officer, tenant, people.vetted(), people.vettedBirth(), null, null);
		String registered = register(officer, tenant, people.registered(), people.registeredBirth(), null, null);
		recordEveryCheck(officer, eligible);
		recordEveryCheck(officer, vetted);
		assertThat(send(chair, HttpMethod.POST, API + "/caregivers/" + eligible + "/decision",
				Map.of("outcome", "ELIGIBLE", "legalBasis", "Luật Trẻ em 2016, Điều 63 khoản 2"))
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> counselling = send(officer, HttpMethod.POST,
				API + "/caregivers/" + registered + "/counselling",
				Map.of("kind", "COUNSELLING", "topic", "Tư vấn", "scheduledOn", today.toString()));
		assertThat(counselling.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		ResponseEntity<Map> session = send(officer, HttpMethod.POST, API + "/outreach/sessions",
				Map.of("communeCode", tenant.commune(), "heldOn", today.toString(), "place", "Nhà văn hóa", "topic",
						"Chăm sóc thay thế", "ledBy", "Cán bộ xã", "attendance", 30, "audience", "PARENTS"));
		assertThat(session.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String sessionId = (String) session.getBody().get("sessionId");
		String interest = interest(collaborator, tenant, people.interested(), people.interestedPhone(), sessionId);
		String declining = interest(collaborator, tenant, people.declining(), people.decliningPhone(), sessionId);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> send(officer, HttpMethod.GET, API + "/outreach/interests/" + declining, null)
				.getStatusCode() == HttpStatus.OK);

		values.put("caregiverId", eligible);
		values.put("vettedId", vetted);
		values.put("registeredId", registered);
		values.put("counsellingId", (String) counselling.getBody().get("sessionId"));
		values.put("sessionId", sessionId);
		values.put("interestId", interest);
		values.put("declineInterestId", declining);
		// A change is reported once the commune was told, after the registration.
		values.put("reportedAt", OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS).toString());

		tenant.secrets()
			.addAll(List.of(eligible, vetted, registered, sessionId, interest, declining, values.get("counsellingId")));
		tenant.secrets().addAll(people.personalData());
		this.personalData.addAll(people.personalData());
	}

	private String register(String officer, Tenant tenant, String name, String birth, String identity, String phone) {
		Map<String, Object> applicant = new HashMap<>(Map.of("fullName", name, "dateOfBirth", birth, "sex", "FEMALE"));
		if (identity != null) {
			applicant.put("identityNumber", identity);
		}
		Map<String, Object> body = new HashMap<>(Map.of("applicant", applicant, "communeCode", tenant.commune(),
				"careTypes", List.of("NON_RELATIVE", "EMERGENCY"), "capacity", 2, "languages", List.of("vi"),
				"ethnicity", "KINH", "religion", "NONE"));
		if (phone != null) {
			body.put("phone", phone);
		}
		ResponseEntity<Map> created = send(officer, HttpMethod.POST, API + "/caregivers", body);
		assertThat(created.getStatusCode()).as("registering %s", name).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("caregiverId");
	}

	private void recordEveryCheck(String officer, String caregiverId) {
		String file = API + "/caregivers/" + caregiverId;
		await().atMost(Duration.ofSeconds(30))
			.until(() -> send(officer, HttpMethod.GET, file, null).getStatusCode() == HttpStatus.OK);
		List<Map<String, Object>> checklist = (List<Map<String, Object>>) send(officer, HttpMethod.GET, file, null)
			.getBody()
			.get("checklist");
		String issuedOn = LocalDate.now(VIETNAM).minusDays(7).toString();
		for (Map<String, Object> item : checklist) {
			ResponseEntity<Map> recorded = send(officer, HttpMethod.POST, file + "/vetting/checks",
					Map.of("kind", item.get("kind"), "subject", item.get("subject"), "outcome", "PASSED", "evidence",
							Map.of("reference", item.get("kind") + "/" + item.get("subject"), "issuedOn", issuedOn)));
			assertThat(recorded.getStatusCode()).as("recording %s", item).isEqualTo(HttpStatus.OK);
		}
	}

	private String interest(String collaborator, Tenant tenant, String name, String phone, String sessionId) {
		ResponseEntity<Map> recorded = send(collaborator, HttpMethod.POST, API + "/outreach/interests", Map
			.of("communeCode", tenant.commune(), "fullName", name, "phone", phone, "sourceSessionId", sessionId));
		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) recorded.getBody().get("interestId");
	}

	private ResponseEntity<Map> send(String token, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.http.exchange(path, method, new HttpEntity<>(body, headers), Map.class);
	}

	/**
	 * The people of one province's fixture: the applicants of the eligible, the vetted
	 * and the registered caregiver, two interested people, and the applicant the matrix
	 * registers.
	 */
	private record People(String applicant, String applicantBirth, String applicantIdentity, String applicantPhone,
			String vetted, String vettedBirth, String registered, String registeredBirth, String interested,
			String interestedPhone, String declining, String decliningPhone, String newApplicant,
			String newApplicantBirth, String newApplicantIdentity, String newApplicantPhone) {

		List<String> personalData() {
			return List.of(this.applicant, this.applicantBirth, this.applicantIdentity, this.applicantPhone,
					this.vetted, this.vettedBirth, this.registered, this.registeredBirth, this.interested,
					this.interestedPhone, this.declining, this.decliningPhone, this.newApplicant,
					this.newApplicantBirth, this.newApplicantIdentity, this.newApplicantPhone);
		}

	}

}
