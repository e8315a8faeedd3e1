package org.kinbridge.cases.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 6's proof for case-service: every endpoint, as every role, in its own province
 * and against province 79's objects, and with no, an expired and a forged token, answers
 * what {@code security/access-matrix.txt} says, with real tokens against the real
 * service; a path that names two objects is also tried with the second of province 79. An
 * endpoint without a line in the matrix fails the build, and the logs of the whole run
 * must not show a name, birth date or phone number of either province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// A consumer group of its own: other test contexts of this JVM read the same
		// topic.
		properties = "spring.application.name=" + AccessMatrixIT.APPLICATION)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class AccessMatrixIT {

	static final String APPLICATION = "case-service-access-matrix-it";

	private static final MatrixFixture.People AN_GIANG_PEOPLE = new MatrixFixture.People("Phan Thị Bích Ngọc",
			"2016-03-02", "Phan Văn Tùng", "2013-08-14", "Trương Thị Hoa", "0912 345 678", "Trần Văn Tư", "Lê Thị Sáu",
			"0918 111 222", "Võ Thị Lệ", "0913 222 410");

	private static final MatrixFixture.People SAIGON_PEOPLE = new MatrixFixture.People("Đỗ Minh Khôi", "2015-07-19",
			"Đỗ Thị Hằng", "2012-11-23", "Hồ Văn Phúc", "0907 654 321", "Quách Văn Năm", "Mai Thị Tám", "0903 222 333",
			"Lâm Văn Hậu", "0908 777 111");

	/** What the matrix's own bodies say about people: no more loggable than the rest. */
	private static final List<String> MATRIX_PEOPLE = List.of("Châu Văn Bé", "0915 000 111", "Đinh Thị Mận",
			"2017-05-05", "Tạ Thị Chín", "0916 555 444", "Kiều Thị Mỹ", "0917 888 999");

	private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

	private static final AccessMatrix MATRIX = AccessMatrix.load("security/access-matrix.txt");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "case_access_matrix_it");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private Tenant anGiang;

	private Tenant saigon;

	@BeforeAll
	void buildBothProvincesThroughTheApi() {
		MatrixFixture fixture = new MatrixFixture(this.http);
		this.anGiang = fixture.province("91", "30406", AN_GIANG_PEOPLE);
		this.saigon = fixture.province("79", "26740", SAIGON_PEOPLE);
		// The replay endpoints name a replay: one that has run, of a small read model.
		String replayId = (String) ReplayDriver
			.withTestToken("http://localhost:" + this.port + "/api/cases/admin/replays")
			.replay("case-plans", Duration.ofSeconds(60))
			.get("id");
		this.anGiang = this.anGiang.with("replayId", replayId);
		this.saigon = this.saigon.with("replayId", replayId);
	}

	@Test
	@Order(1)
	void everyEndpointOfTheServiceHasALineInTheMatrix() {
		MATRIX.requireCovers(Routes.of(this.mappings, "/api/"));
	}

	@TestFactory
	@Order(2)
	Stream<DynamicNode> everyRoleGetsWhatTheMatrixSaysAndNothingOfAnotherProvince(CapturedOutput output) {
		MatrixRun run = new MatrixRun(URI.create("http://localhost:" + this.port), this.anGiang, this.saigon,
				MatrixTokens.signedForTests(), Path.of("target/access-matrix/case.csv"))
			.mixingObjects();
		return Stream.concat(run.tests(MATRIX), Stream
			.of(DynamicTest.dynamicTest("the logs of the run show nobody's name, birth date or phone number", () -> {
				String logs = unescaped(output.getAll());
				// The refusals of the run are logged with user ids: proof that the logs
				// were
				// captured at all.
				assertThat(logs).contains("matrix.commune_officer.91");
				List<String> personal = new ArrayList<>(AN_GIANG_PEOPLE.all());
				personal.addAll(SAIGON_PEOPLE.all());
				personal.addAll(MATRIX_PEOPLE);
				assertThat(personal).noneSatisfy((value) -> assertThat(logs).contains(value));
			})));
	}

	/**
	 * The logs are JSON, which may escape Vietnamese letters: read back, so that a name
	 * written that way is still found.
	 */
	private static String unescaped(String logs) {
		return UNICODE_ESCAPE.matcher(logs)
			.replaceAll(
					(match) -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
	}

}
