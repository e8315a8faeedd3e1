package org.kinbridge.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kinbridge.testkit.SharedInfrastructure;

/**
 * Publishes CloudEvents onto the shared broker the way the services do (binary mode, JSON
 * data, key = subject), for tests of the audit component as a consumer.
 */
public final class Publisher implements AutoCloseable {

	private final KafkaProducer<String, String> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrap(),
					ProducerConfig.ACKS_CONFIG, "all"),
			new StringSerializer(), new StringSerializer());

	private final String run = Long.toString(System.nanoTime(), 36);

	/**
	 * @return a suffix that keeps this run's ids apart from other tests' on the shared
	 * broker
	 */
	public String run() {
		return this.run;
	}

	public void publish(String topic, String id, String type, String province, String subject, String data) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, data);
		header(record, "ce_specversion", "1.0");
		header(record, "ce_id", id);
		header(record, "ce_type", type);
		header(record, "ce_source", "/kinbridge/" + topic.split("\\.")[1] + "-service");
		header(record, "ce_subject", subject);
		header(record, "ce_time", OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MILLIS).toString());
		header(record, "ce_province", province);
		header(record, "ce_actor", "officer.phutan");
		header(record, "ce_correlationid", "corr-" + id);
		header(record, "content-type", "application/json");
		try {
			this.producer.send(record).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot publish " + id, ex);
		}
	}

	/**
	 * A case with a confirmed need, a proposal and a placement decision, and a caregiver
	 * registered and approved: three case decisions and one caregiver decision.
	 * @param province the province
	 * @param caseId the case
	 * @param caregiverId the caregiver
	 * @return the id of the placement decision
	 */
	public String placementJourney(String province, String caseId, String caregiverId) {
		String commune = "91".equals(province) ? "30406" : "26740";
		String where = "\"provinceCode\":\"" + province + "\",\"communeCode\":\"" + commune + "\"";
		String officer = "{\"userId\":\"officer." + province + "\",\"role\":\"COMMUNE_OFFICER\"}";
		String chair = "{\"userId\":\"chair." + province + "\",\"role\":\"COMMUNE_CHAIR\"}";
		String prefix = caseId + "-";
		publish("kinbridge.case.events.v1", prefix + "report", "org.kinbridge.case.report-received.v1", province,
				caseId, "{\"caseId\":\"" + caseId + "\"," + where + ",\"channel\":\"HOTLINE_111\",\"recordedBy\":"
						+ officer + "}");
		publish("kinbridge.family.events.v1", prefix + "registered", "org.kinbridge.family.caregiver-registered.v1",
				province, caregiverId,
				"{\"caregiverId\":\"" + caregiverId + "\"," + where + ",\"registeredBy\":" + officer + "}");
		publish("kinbridge.case.events.v1", prefix + "need", "org.kinbridge.case.alternative-care-needed.v1", province,
				caseId,
				"{\"needId\":\"need-" + caseId + "\",\"caseId\":\"" + caseId + "\"," + where
						+ ",\"reason\":\"Không còn người thân chăm sóc\",\"legalBasis\":\"Luật Trẻ em 2016, Điều 62\","
						+ "\"decidedBy\":" + chair + "}");
		publish("kinbridge.family.events.v1", prefix + "approved", "org.kinbridge.family.caregiver-approved.v1",
				province, caregiverId,
				"{\"caregiverId\":\"" + caregiverId + "\"," + where + ",\"capacity\":2,\"approvedBy\":" + chair + "}");
		publish("kinbridge.matching.events.v1", prefix + "proposed", "org.kinbridge.matching.placement-proposed.v1",
				province, "pl-" + caseId,
				"{\"placementId\":\"pl-" + caseId + "\",\"caseId\":\"" + caseId + "\",\"caregiverId\":\"" + caregiverId
						+ "\"," + where + ",\"rank\":1,\"score\":87,\"proposedBy\":" + officer + "}");
		publish("kinbridge.matching.events.v1", prefix + "decided", "org.kinbridge.matching.placement-decided.v1",
				province, "pl-" + caseId,
				"{\"placementId\":\"pl-" + caseId + "\",\"caseId\":\"" + caseId + "\",\"caregiverId\":\"" + caregiverId
						+ "\"," + where + ",\"decisionNumber\":\"125/QĐ-UBND\",\"reason\":\"Bà ngoại đủ điều kiện\","
						+ "\"legalBasis\":\"Luật Trẻ em 2016, Điều 62, 63\",\"decidedBy\":" + chair + "}");
		return prefix + "decided";
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
