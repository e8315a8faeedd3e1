package org.kinbridge.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.Topics;
import org.kinbridge.contracts.family.CaregiverApprovedV1;
import org.kinbridge.contracts.family.CaregiverCapacityChangedV1;
import org.kinbridge.family.capacity.api.CapacityReserved;
import org.kinbridge.family.capacity.api.ReserveCapacity;
import org.kinbridge.family.caregiver.Caregiver;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.testkit.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A caregiver's life through the REST API against a real Kafka broker and a MongoDB wire
 * server: Form 08 with a household, the Art. 63(2) checks, the chair's decision, the
 * approval on Kafka as a CloudEvent, the commune register as CSV, the access log, and the
 * places that two placements race for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CaregiverLifecycleScenarios {

	private static final String OFFICER = TestTokens.token("officer.phutan", "91", "30406", "COMMUNE_OFFICER");

	private static final String CHAIR = TestTokens.token("chair.phutan", "91", "30406", "COMMUNE_CHAIR");

	private static final String AUDITOR = TestTokens.token("auditor.angiang", "91", null, "AUDITOR");

	private static final String PROVINCE = TestTokens.token("province.angiang", "91", null, "PROVINCE_OFFICER");

	private static final String SAIGON_CHAIR = TestTokens.token("chair.saigon", "79", "26740", "COMMUNE_CHAIR");

	private static final String LEGAL_BASIS = "Luật Trẻ em 2016, Điều 63 khoản 2";

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	/** The bootstrap servers of the broker the service under test publishes to. */
	protected abstract String kafkaBootstrap();

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private ObjectMapper objectMapper;

	@Autowired
	private EventStore eventStore;

	@Autowired
	private Configuration axon;

	@Test
	void aFamilyGoesFromRegistrationThroughVettingToTheCommuneRegisterAndMatchingLearnsOfIt() throws Exception {
		String caregiverId = register("Nguyễn Thị Hoa", 2);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get(OFFICER, file(caregiverId)).getStatusCode().is2xxSuccessful());
		List<Map<String, Object>> checklist = checklist(caregiverId);
		assertThat(checklist).hasSize(9).allSatisfy(item -> assertThat(item).containsEntry("state", "MISSING"));

		recordEveryCheck(caregiverId, OFFICER, checklist);
		assertThat(post(OFFICER, path(caregiverId, "/decision"), decision("ELIGIBLE")).getStatusCode())
			.as("an officer verifies, only the chair decides")
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> decided = post(CHAIR, path(caregiverId, "/decision"), decision("ELIGIBLE"));
		assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(decided.getBody()).containsEntry("status", "ELIGIBLE").containsEntry("free", 2);

		ConsumerRecord<String, String> approved = awaitPublished(caregiverId, CaregiverApprovedV1.TYPE);
		assertThat(header(approved, "ce_specversion")).isEqualTo("1.0");
		assertThat(header(approved, "ce_source")).isEqualTo("/kinbridge/family-service");
		assertThat(header(approved, "ce_subject")).isEqualTo(caregiverId);
		assertThat(header(approved, "ce_province")).isEqualTo("91");
		assertThat(header(approved, "ce_actor")).isEqualTo("chair.phutan");
		assertThat(header(approved, "content-type")).isEqualTo("application/json");
		assertThat(header(approved, "ce_id")).isNotBlank();
		assertThat(header(approved, "ce_time")).isNotBlank();
		assertThat(header(approved, "ce_correlationid")).isNotBlank();
		CaregiverApprovedV1 profile = this.objectMapper.readValue(approved.value(), CaregiverApprovedV1.class);
		assertThat(profile.householdSize()).isEqualTo(4);
		assertThat(profile.freeCapacity()).isEqualTo(2);
		assertThat(profile.approvedBy().role()).isEqualTo("COMMUNE_CHAIR");
		JsonNode raw = this.objectMapper.readTree(approved.value());
		assertThat(raw.has("fullName") || raw.has("phone") || raw.has("identityNumber") || raw.has("household"))
			.as("names, contact, identity numbers and the household stay inside family-service")
			.isFalse();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(getList(OFFICER, "/api/families/register?commune=30406"))
				.anySatisfy(entry -> assertThat(entry).containsEntry("caregiverId", caregiverId)
					.containsEntry("status", "ELIGIBLE")
					.containsEntry("eligibleSince", TODAY.toString())));
		ResponseEntity<byte[]> csv = this.http.exchange("/api/families/register?commune=30406&format=csv",
				HttpMethod.GET, new HttpEntity<>(headers(CHAIR)), byte[].class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
		assertThat(csv.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(csv.getHeaders().getContentDisposition().getFilename()).endsWith(".csv").contains("30406");
		assertThat(csv.getBody()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String[] lines = new String(csv.getBody(), StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).contains("Họ và tên người đăng ký / Applicant", "Số chỗ còn trống / Free");
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(caregiverId).contains("Nguyễn Thị Hoa"));

		assertThat(get(OFFICER, "/api/families/access-records").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		List<Map<String, Object>> reads = getList(AUDITOR, "/api/families/access-records?caregiverId=" + caregiverId);
		assertThat(reads).extracting(read -> read.get("purpose")).contains("FILE_VIEW", "REGISTER", "REGISTER_EXPORT");
		assertThat(reads).anySatisfy(read -> assertThat(read).containsEntry("userId", "chair.phutan")
			.containsEntry("role", "COMMUNE_CHAIR")
			.containsEntry("purpose", "REGISTER_EXPORT"));
	}

	@Test
	void theFileShowsTheVettingHistoryAndEvidenceAboutToExpireIsListed() {
		String caregiverId = register("Trần Văn Lộc", 1);
		LocalDate issued = TODAY.minusMonths(6).plusDays(10);
		ResponseEntity<Map> recorded = post(OFFICER, path(caregiverId, "/vetting/checks"),
				check("HEALTH_CERTIFICATE", "applicant", issued));
		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(recorded.getBody()).containsEntry("status", "VETTING");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(getList(OFFICER, "/api/families/evidence/expiring?withinDays=30"))
				.anySatisfy(item -> assertThat(item).containsEntry("caregiverId", caregiverId)
					.containsEntry("kind", "HEALTH_CERTIFICATE")
					.containsEntry("expiresOn", issued.plusMonths(6).toString())));
		Map<String, Object> file = get(OFFICER, file(caregiverId)).getBody();
		assertThat((List<Map<String, Object>>) file.get("checks")).singleElement()
			.satisfies(check -> assertThat(check).containsEntry("verifiedBy", "officer.phutan")
				.containsEntry("outcome", "PASSED"));
		assertThat((List<Map<String, Object>>) file.get("checklist"))
			.anySatisfy(item -> assertThat(item).containsEntry("kind", "HEALTH_CERTIFICATE")
				.containsEntry("state", "EXPIRING"));
		assertThat((List<Map<String, Object>>) file.get("history")).as("evidence ending within 30 days is due again")
			.anySatisfy(entry -> assertThat(entry).containsEntry("what", "REVERIFICATION_DUE"));
		assertThat(getList(OFFICER, "/api/families/caregivers?state=VETTING"))
			.anySatisfy(summary -> assertThat(summary).containsEntry("caregiverId", caregiverId));
		assertThat(getList(OFFICER, "/api/families/caregivers?state=ELIGIBLE"))
			.noneSatisfy(summary -> assertThat(summary).containsEntry("caregiverId", caregiverId));

		ResponseEntity<Map> tooOld = post(OFFICER, path(caregiverId, "/vetting/checks"),
				check("HEALTH_CERTIFICATE", "applicant", TODAY.minusMonths(6).minusDays(1)));
		assertThat(tooOld.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(tooOld.getBody()).containsEntry("code", "vetting.evidence-expired");
	}

	@Test
	void aChairWhoVerifiedACheckCannotDecideAndAnotherProvinceCannotEvenSeeTheCaregiver() {
		String caregiverId = register("Lê Thị Kim Phượng", 1);
		recordEveryCheck(caregiverId, OFFICER, checklistWhenVisible(caregiverId));
		assertThat(post(CHAIR, path(caregiverId, "/vetting/checks"), check("VOLUNTARY", "applicant", TODAY))
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<Map> refused = post(CHAIR, path(caregiverId, "/decision"), decision("ELIGIBLE"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody().get("detail").toString()).contains("another commune chair");

		assertThat(post(SAIGON_CHAIR, path(caregiverId, "/decision"), decision("ELIGIBLE")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(SAIGON_CHAIR, file(caregiverId)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anIllegalTransitionIsAConflictThatNamesTheState() {
		String caregiverId = register("Chau Ty", 1);
		ResponseEntity<Map> response = post(CHAIR, path(caregiverId, "/suspension"),
				Map.of("reason", "Đang xác minh tin báo.", "legalBasis", "Luật Trẻ em 2016, Điều 69"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("detail").toString()).contains("REGISTERED", "ELIGIBLE");
	}

	@Test
	void twoPlacementsRacingForTheLastPlaceCannotBothWin() throws Exception {
		String caregiverId = eligibleCaregiver("Sa Ly Ma", 1);
		int racers = 4;
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpStatusCode>> results = new ArrayList<>();
			for (int i = 0; i < racers; i++) {
				String placement = "placement-race-" + i;
				results.add(pool.submit(() -> {
					start.await();
					return post(PROVINCE, path(caregiverId, "/capacity/reservations"),
							Map.of("placementRef", placement))
						.getStatusCode();
				}));
			}
			start.countDown();
			List<HttpStatusCode> statuses = new ArrayList<>();
			for (Future<HttpStatusCode> result : results) {
				statuses.add(result.get(30, TimeUnit.SECONDS));
			}
			assertThat(statuses).filteredOn(HttpStatusCode::is2xxSuccessful).hasSize(1);
			assertThat(statuses).filteredOn(status -> !status.is2xxSuccessful())
				.allMatch(status -> status.value() == 422 || status.value() == 409);
		}
		finally {
			pool.shutdownNow();
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(get(OFFICER, file(caregiverId)).getBody()).containsEntry("placed", 1)
				.containsEntry("free", 0));
		ConsumerRecord<String, String> changed = awaitPublished(caregiverId, CaregiverCapacityChangedV1.TYPE);
		assertThat(this.objectMapper.readValue(changed.value(), CaregiverCapacityChangedV1.class).freeCapacity())
			.isZero();
	}

	/**
	 * Two service instances each load the caregiver with its last free place and each
	 * take it; the event store accepts the first append of the next version and refuses
	 * the second, so the second placement fails instead of overbooking.
	 */
	@Test
	void theEventStoreRefusesTheSecondOfTwoInstancesTakingTheLastPlace() throws Exception {
		String caregiverId = eligibleCaregiver("Phạm Văn Tâm", 1);
		EventSourcingRepository<Caregiver> first = instance();
		EventSourcingRepository<Caregiver> second = instance();
		CyclicBarrier bothDecided = new CyclicBarrier(2);
		CountDownLatch firstCommitted = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Object> a = pool
				.submit(takeLastPlace(first, caregiverId, "placement-a", bothDecided, null, firstCommitted));
			Future<Object> b = pool
				.submit(takeLastPlace(second, caregiverId, "placement-b", bothDecided, firstCommitted, null));
			assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo("committed");
			assertThat(b.get(30, TimeUnit.SECONDS)).isInstanceOf(ConcurrencyException.class);
		}
		finally {
			pool.shutdownNow();
		}
		List<String> places = new ArrayList<>();
		this.eventStore.readEvents(caregiverId)
			.asStream()
			.filter(event -> event.getPayload() instanceof CapacityReserved)
			.forEach(event -> places.add(((CapacityReserved) event.getPayload()).placementRef()));
		assertThat(places).containsExactly("placement-a");
	}

	private EventSourcingRepository<Caregiver> instance() {
		return EventSourcingRepository.builder(Caregiver.class)
			.eventStore(this.eventStore)
			.parameterResolverFactory(this.axon.parameterResolverFactory())
			.handlerDefinition(this.axon.handlerDefinition(Caregiver.class))
			.build();
	}

	private static Callable<Object> takeLastPlace(EventSourcingRepository<Caregiver> instance, String caregiverId,
			String placement, CyclicBarrier bothDecided, CountDownLatch waitFor, CountDownLatch signal) {
		return () -> {
			CommandMessage<ReserveCapacity> command = GenericCommandMessage
				.asCommandMessage(new ReserveCapacity(caregiverId, placement,
						new Acting("province.angiang", "PROVINCE_OFFICER", "91", null, java.time.Instant.now())));
			DefaultUnitOfWork<CommandMessage<ReserveCapacity>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
			try {
				Aggregate<Caregiver> caregiver = instance.load(caregiverId);
				caregiver.handle(command);
				bothDecided.await(10, TimeUnit.SECONDS);
				if (waitFor != null) {
					waitFor.await(10, TimeUnit.SECONDS);
				}
				unitOfWork.commit();
				return "committed";
			}
			catch (Exception ex) {
				if (unitOfWork.isActive()) {
					unitOfWork.rollback(ex);
				}
				return ex;
			}
			finally {
				if (signal != null) {
					signal.countDown();
				}
			}
		};
	}

	// Steps through the API

	private String register(String name, int capacity) {
		Map<String, Object> body = new HashMap<>();
		body.put("applicant", Map.of("fullName", name, "dateOfBirth", "1980-05-01", "sex", "FEMALE", "identityNumber",
				"091180001234"));
		body.put("household",
				List.of(member("Trần Văn Nam", "1978-02-10", "MALE", "SPOUSE"),
						member("Trần Thị Mai", TODAY.minusYears(10).toString(), "FEMALE", "CHILD"),
						member("Trần Văn Tí", TODAY.minusYears(3).toString(), "MALE", "CHILD")));
		body.put("communeCode", "30406");
		body.put("address", Map.of("line", "Ấp Phú Hòa, tổ 3", "validOn", TODAY.toString()));
		body.put("phone", "0912 345 678");
		body.put("careTypes", List.of("NON_RELATIVE", "EMERGENCY"));
		body.put("capacity", capacity);
		body.put("preferences",
				Map.of("minAge", 3, "maxAge", 12, "sexes", List.of(), "siblingGroups", true, "needs", List.of()));
		body.put("languages", List.of("vi"));
		body.put("ethnicity", "KINH");
		body.put("religion", "HOA_HAO");
		ResponseEntity<Map> created = post(OFFICER, "/api/families/caregivers", body);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("caregiverId");
	}

	private static Map<String, Object> member(String name, String dateOfBirth, String sex, String relation) {
		return Map.of("fullName", name, "dateOfBirth", dateOfBirth, "sex", sex, "relation", relation, "consent",
				Map.of("given", true, "recordedOn", TODAY.toString(), "evidenceReference", "DONG-Y"));
	}

	private String eligibleCaregiver(String name, int capacity) {
		String caregiverId = register(name, capacity);
		recordEveryCheck(caregiverId, OFFICER, checklistWhenVisible(caregiverId));
		assertThat(post(CHAIR, path(caregiverId, "/decision"), decision("ELIGIBLE")).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		return caregiverId;
	}

	private List<Map<String, Object>> checklistWhenVisible(String caregiverId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get(OFFICER, file(caregiverId)).getStatusCode().is2xxSuccessful());
		return checklist(caregiverId);
	}

	private List<Map<String, Object>> checklist(String caregiverId) {
		return (List<Map<String, Object>>) get(OFFICER, file(caregiverId)).getBody().get("checklist");
	}

	private void recordEveryCheck(String caregiverId, String token, List<Map<String, Object>> checklist) {
		for (Map<String, Object> item : checklist) {
			ResponseEntity<Map> recorded = post(token, path(caregiverId, "/vetting/checks"),
					check((String) item.get("kind"), (String) item.get("subject"), TODAY.minusMonths(1)));
			assertThat(recorded.getStatusCode()).as("recording %s", item).isEqualTo(HttpStatus.OK);
		}
	}

	private static Map<String, Object> check(String kind, String subject, LocalDate issuedOn) {
		return Map.of("kind", kind, "subject", subject, "outcome", "PASSED", "evidence",
				Map.of("reference", kind + "/" + subject, "issuedOn", issuedOn.toString()));
	}

	private static Map<String, Object> decision(String outcome) {
		return Map.of("outcome", outcome, "decisionNumber", "15/QĐ-UBND", "legalBasis", LEGAL_BASIS);
	}

	private static String file(String caregiverId) {
		return "/api/families/caregivers/" + caregiverId;
	}

	private static String path(String caregiverId, String rest) {
		return file(caregiverId) + rest;
	}

	// HTTP and Kafka

	private ResponseEntity<Map> post(String token, String path, Map<String, Object> body) {
		return this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(token)), Map.class);
	}

	private ResponseEntity<Map> get(String token, String path) {
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
	}

	private List<Map<String, Object>> getList(String token, String path) {
		ResponseEntity<List> response = this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)),
				List.class);
		assertThat(response.getStatusCode()).as("GET %s", path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static HttpHeaders headers(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth(token);
		return headers;
	}

	private ConsumerRecord<String, String> awaitPublished(String caregiverId, String type) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "family-lifecycle-it-" + caregiverId + "-" + type);
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.FAMILY_EVENTS));
			List<ConsumerRecord<String, String>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(record -> {
					if (caregiverId.equals(record.key()) && type.equals(header(record, "ce_type"))) {
						found.add(record);
					}
				});
				return !found.isEmpty();
			});
			return found.get(0);
		}
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return (record.headers().lastHeader(name) == null) ? null
				: new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
