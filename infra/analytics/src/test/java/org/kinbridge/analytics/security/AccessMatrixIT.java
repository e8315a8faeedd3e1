package org.kinbridge.analytics.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinbridge.analytics.AnalyticsItSupport;
import org.kinbridge.contracts.Topics;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.matching.PlacementStartedV1;
import org.kinbridge.testkit.TestTokens;
import org.kinbridge.testkit.isolation.AccessMatrix;
import org.kinbridge.testkit.isolation.MatrixRun;
import org.kinbridge.testkit.isolation.MatrixTokens;
import org.kinbridge.testkit.isolation.Routes;
import org.kinbridge.testkit.isolation.Tenant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every analytics endpoint, for every role, in its own province and against another's,
 * and with no, an expired or a forged token, as {@code security/access-matrix.txt} states
 * it, over figures of An Giang (91, xã Phú Tân) and TP. Hồ Chí Minh (79, phường Sài Gòn)
 * fed through the analytics stream: An Giang's callers never see Saigon's commune.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT extends AnalyticsItSupport {

	private static final MatrixTokens TOKENS = MatrixTokens.signedForTests();

	private final AccessMatrix matrix = AccessMatrix.load("security/access-matrix.txt");

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	private Tenant anGiang;

	private Tenant saigon;

	@BeforeAll
	void figuresInBothProvinces() throws Exception {
		this.anGiang = new Tenant("91", "30406", new HashMap<>(), new LinkedHashSet<>());
		this.saigon = new Tenant("79", "26740", new HashMap<>(), new LinkedHashSet<>());
		placedChild(this.anGiang);
		placedChild(this.saigon);
		// Saigon's commune is what An Giang's callers must never see.
		this.saigon.secrets().add("26740");
		for (Tenant tenant : List.of(this.anGiang, this.saigon)) {
			String analyst = TestTokens.token("analyst", tenant.province(), null, "ANALYST");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> String.valueOf(getJson(analyst, "/api/analytics/kpis").get("communes"))
					.contains(tenant.commune()));
		}
	}

	@Test
	@Order(1)
	void everyEndpointOfTheAppHasAnEntryInTheMatrix() {
		this.matrix.requireCovers(Routes.of(this.handlerMapping, "/api/"));
	}

	@TestFactory
	@Order(2)
	Stream<DynamicNode> everyRoleGetsWhatTheMatrixSaysInBothProvincesAndBadTokensGetNothing() {
		return new MatrixRun(URI.create("http://localhost:" + this.port), this.anGiang, this.saigon, TOKENS,
				Path.of("target/access-matrix/analytics.csv"))
			.tests(this.matrix);
	}

	@Test
	@Order(3)
	void theOtherProvincesFiguresAreOnlyEverItsOwn() {
		String saigonAnalyst = TestTokens.token("analyst.hcm", "79", null, "ANALYST");
		assertThat(getJson(saigonAnalyst, "/api/analytics/progress").toString()).contains("26740")
			.doesNotContain("30406");
	}

	/**
	 * A child who needs care and is placed, published as the province's services would.
	 */
	private void placedChild(Tenant tenant) throws Exception {
		String run = UUID.randomUUID().toString();
		String needId = "need-" + run;
		Map<String, Object> child = new HashMap<>();
		child.put("childId", "child-" + run);
		child.put("caseId", "case-" + run);
		child.put("sex", "FEMALE");
		child.put("dateOfBirth", "2015-05-05");
		child.put("estimatedAge", null);
		child.put("specialCircumstanceGroups", List.of());
		Map<String, Object> need = new HashMap<>();
		need.put("needId", needId);
		need.put("caseId", "case-" + run);
		need.put("provinceCode", tenant.province());
		need.put("communeCode", tenant.commune());
		need.put("child", child);
		need.put("siblings", List.of());
		need.put("careTypesSought", List.of("KINSHIP"));
		need.put("relatives", List.of());
		need.put("decidedAt", Instant.now().toString());
		produce(Topics.CASE_EVENTS, AlternativeCareNeededV1.TYPE, "need-evt-" + run, needId, tenant.province(), need);
		Map<String, Object> started = new HashMap<>();
		started.put("placementId", "pl-" + run);
		started.put("needId", needId);
		started.put("caseId", "case-" + run);
		started.put("childId", "child-" + run);
		started.put("caregiverId", "cg-" + run);
		started.put("provinceCode", tenant.province());
		started.put("communeCode", tenant.commune());
		started.put("careType", "KINSHIP");
		started.put("startedOn", java.time.LocalDate.now().toString());
		produce(Topics.MATCHING_EVENTS, PlacementStartedV1.TYPE, "start-evt-" + run, "pl-" + run, tenant.province(),
				started);
		tenant.secrets().addAll(List.of(needId, "child-" + run, "case-" + run, "pl-" + run));
	}

}
