package org.kinbridge.audit.security;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinbridge.audit.Publisher;
import org.kinbridge.testkit.SharedInfrastructure;
import org.kinbridge.testkit.TestTokens;
import org.kinbridge.testkit.isolation.AccessMatrix;
import org.kinbridge.testkit.isolation.MatrixRun;
import org.kinbridge.testkit.isolation.MatrixTokens;
import org.kinbridge.testkit.isolation.Routes;
import org.kinbridge.testkit.isolation.Tenant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every audit endpoint, for every role, in its own province and against the other's
 * objects, and with no, an expired or a forged token, as
 * {@code security/access-matrix.txt} states it: on the real component with signed tokens,
 * over events published in An Giang (91) and TP. Hồ Chí Minh (79).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=audit-access-matrix", "kinbridge.audit.checkpoint-every-appends=1",
				"kinbridge.audit.signing-key=target/access-matrix/audit-signing-key.pem" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

	private final AccessMatrix matrix = AccessMatrix.load("security/access-matrix.txt");

	private final Publisher publisher = new Publisher();

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	private Tenant anGiang;

	private Tenant saigon;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "audit_access_matrix_it");
	}

	@BeforeAll
	void aPlacementJourneyInEachProvince() {
		this.anGiang = tenant("91", "30406");
		this.saigon = tenant("79", "26740");
	}

	@AfterAll
	void close() {
		this.publisher.close();
	}

	@Test
	@Order(1)
	void everyEndpointOfTheComponentHasAnEntryInTheMatrix() {
		this.matrix.requireCovers(Routes.of(this.handlerMapping, "/api/"));
	}

	@TestFactory
	@Order(2)
	Stream<DynamicNode> everyRoleGetsWhatTheMatrixSaysInBothProvincesAndBadTokensGetNothing() {
		return new MatrixRun(URI.create("http://localhost:" + this.port), this.anGiang, this.saigon,
				MatrixTokens.signedForTests(), Path.of("target/access-matrix/audit.csv"))
			.tests(this.matrix);
	}

	private Tenant tenant(String province, String commune) {
		String caseId = "case-" + province + "-" + this.publisher.run();
		String caregiverId = "cg-" + province + "-" + this.publisher.run();
		String decision = this.publisher.placementJourney(province, caseId, caregiverId);
		Tenant tenant = new Tenant(province, commune, new HashMap<>(), new LinkedHashSet<>());
		tenant.values().put("caseId", caseId);
		tenant.values().put("caregiverId", caregiverId);
		tenant.values().put("eventId", decision);
		tenant.values().put("provinceCode", province);
		tenant.secrets().add(caseId);
		tenant.secrets().add(caregiverId);
		tenant.secrets().add(decision);
		String auditor = TestTokens.token("matrix.auditor." + province, province, null, "AUDITOR");
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			HttpHeaders headers = new HttpHeaders();
			headers.setBearerAuth(auditor);
			return this.http
				.exchange("/api/audit/logs/" + province + "/proofs/inclusion?eventId=" + decision, HttpMethod.GET,
						new HttpEntity<>(headers), String.class)
				.getStatusCode() == HttpStatus.OK;
		});
		return tenant;
	}

}
