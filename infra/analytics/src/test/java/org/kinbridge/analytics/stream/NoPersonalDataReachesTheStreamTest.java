package org.kinbridge.analytics.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kinbridge.contracts.EventType;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.cases.ReferralRejectedV1;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;

/**
 * Feeds every sample of the contracts, with names, phone and identity numbers, birth
 * dates, addresses and prose added at every level, through the pseudonymiser, and looks
 * for any of those values, any raw id and any sensitive code in the bytes it would put on
 * the analytics topic.
 */
class NoPersonalDataReachesTheStreamTest {

	/** Added to every object of every sample: fields no allow-list may let through. */
	private static final Map<String, String> FIXTURE = Map.of("fullName", "Trần Thị Mỹ Duyên", "phone", "0912 345 678",
			"identityNumber", "091180001234", "address", "Ấp Phú Hòa, tổ 3, xã Phú Tân", "summary",
			"Bé bị bỏ rơi ở chợ Phú Mỹ, mẹ đi làm xa không liên lạc được", "note", "Bà ngoại Lê Thị Cúc đón cháu về",
			"reporterName", "Võ Văn Mười", "birthPlace", "Bệnh viện Đa khoa Phú Tân");

	/** Values that are fit for publication when they appear in the source. */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_.]*|\\d{2}|\\d{5}");

	/**
	 * Days a record may carry as they are: the day of the event, of a step or of a time
	 * limit (never a birth date, which becomes an age band).
	 */
	private static final Set<String> PUBLISHED_DAYS = Set.of("startedOn", "endedOn", "handoverDueOn", "validOn",
			"meetingHeldOn", "reviewedOn", "nextReviewOn", "parentalConsentGivenOn", "obtainedOn", "expiresOn",
			"consentedOn", "consultedOn", "reportedOn", "nextDueOn", "dueOn");

	/** Codes that are sensitive personal data and are never published. */
	private static final Set<String> SENSITIVE_CODES = Set.of("ethnicity", "religion", "languages", "language", "needs",
			"concerns", "subGroup", "relation");

	@TestFactory
	Stream<DynamicTest> noValueOfAnySourceEventReachesTheAnalyticsBytesUnlessItIsACode() {
		return EventTypes.all().stream().map(type -> DynamicTest.dynamicTest(type.type(), () -> {
			// Every public type has a reviewed allow-list, so a new type fails here until
			// it
			// gets one rather than being skipped unnoticed.
			RecordMapping mapping = RecordMappings.forSourceType(type.type())
				.orElseThrow(() -> new AssertionError("no reviewed allow-list for " + type.type()));
			assertThat(leaksOf(type, mapping)).as("what the analytics record of %s shows", type.type()).isEmpty();
		}));
	}

	@Test
	void catchesAMappingThatLetsProseOrTheActorThrough() {
		EventType type = EventTypes.find(ReferralRejectedV1.TYPE).orElseThrow();
		RecordMapping reviewed = RecordMappings.forSourceType(type.type()).orElseThrow();
		List<FieldRule> leaky = new ArrayList<>(reviewed.rules());
		leaky.add((source, record, context) -> record.set("reason", source.get("reason")));
		leaky.add((source, record, context) -> record.set("recordedBy", source.get("recordedBy")));
		RecordMapping careless = new RecordMapping(reviewed.sourceType(), reviewed.subjectKind(), reviewed.dayField(),
				leaky);
		assertThat(leaksOf(type, reviewed)).isEmpty();
		assertThat(leaksOf(type, careless)).contains(SourceEvents.sample(type).get("reason").asText(),
				FIXTURE.get("fullName"), "officer.phutan");
	}

	/**
	 * The sample with the fixture added, through the mapping: every personal value, raw
	 * id or envelope id found in the bytes it would publish.
	 */
	private static List<String> leaksOf(EventType type, RecordMapping mapping) {
		ObjectNode source = SourceEvents.sample(type);
		withFixture(source);
		IncomingIntegrationEvent event = SourceEvents.envelope(type.type(),
				"3f0d1e2c-4b5a-4c6d-8e7f-9a0b1c2d3e4f:" + type.type(), "subject-" + type.type(), "91");
		String published = publish(mapping, source, event);
		Set<String> mustNotAppear = personalValues(source);
		mustNotAppear.addAll(List.of(event.id(), event.subject(), event.actor(), event.correlationId(),
				event.causationId(), event.source()));
		assertThat(mustNotAppear).hasSizeGreaterThan(FIXTURE.size());
		return mustNotAppear.stream().filter(published::contains).toList();
	}

	@Test
	void anEventTypeWithoutAnAllowListGetsNoHandlerSoPublishesNothingAtAll() {
		String unknown = "org.kinbridge.case.assessment-recorded.v1";
		assertThat(EventTypes.find(unknown)).isEmpty();
		assertThat(RecordMappings.forSourceType(unknown)).isEmpty();
		assertThat(AnalyticsTypes.sourceTypes()).doesNotContain(unknown);
	}

	private static String publish(RecordMapping mapping, JsonNode source, IncomingIntegrationEvent event) {
		AnalyticsRecord record = mapping.map(source, event, SourceEvents.PSEUDONYMISER);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(record.subject().getBytes(StandardCharsets.UTF_8));
		for (Header header : AnalyticsPublisher.headersOf(record)) {
			bytes.writeBytes(header.key().getBytes(StandardCharsets.UTF_8));
			bytes.writeBytes(header.value());
		}
		bytes.writeBytes(record.data().toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static void withFixture(JsonNode node) {
		if (node.isObject()) {
			List<JsonNode> children = new ArrayList<>();
			node.elements().forEachRemaining(children::add);
			children.forEach(NoPersonalDataReachesTheStreamTest::withFixture);
			FIXTURE.forEach(((ObjectNode) node)::put);
		}
		else if (node.isArray()) {
			node.forEach(NoPersonalDataReachesTheStreamTest::withFixture);
		}
	}

	private static Set<String> personalValues(JsonNode source) {
		Set<String> values = new LinkedHashSet<>();
		collect(null, source, values);
		return values;
	}

	/**
	 * A time limit due at midnight in Vietnam says no more than its day, and is exactly
	 * what {@code ce_time} of a record of the next day shows.
	 */
	private static boolean isStartOfADayInVietnam(String value) {
		try {
			return Instant.parse(value).atZone(Fields.VIETNAM).toLocalTime().equals(LocalTime.MIDNIGHT);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static void collect(String field, JsonNode node, Set<String> values) {
		if (node.isObject()) {
			node.fields().forEachRemaining(entry -> collect(entry.getKey(), entry.getValue(), values));
		}
		else if (node.isArray()) {
			node.forEach(element -> collect(field, element, values));
		}
		else if (node.isTextual()) {
			String value = node.asText();
			boolean sensitive = SENSITIVE_CODES.contains(field);
			boolean publishable = CODE.matcher(value).matches() || PUBLISHED_DAYS.contains(field)
					|| isStartOfADayInVietnam(value);
			// Two-letter language codes would be found inside any word.
			if (value.length() >= 4 && (sensitive || !publishable)) {
				values.add(value);
			}
		}
	}

}
