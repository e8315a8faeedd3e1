package org.kinbridge.audit.history;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event in a history.
 *
 * @param position its place in the province's history, in order of arrival
 * @param eventId the CloudEvents id
 * @param type the event type
 * @param source the producing service
 * @param subject the aggregate id
 * @param time the event time as published
 * @param provinceCode the province whose history holds it
 * @param communeCode the commune the data names, if any
 * @param actor who acted, from the data's {@code ...By} field or the {@code actor}
 * extension
 * @param reason the data's {@code reason}
 * @param legalBasis the data's {@code legalBasis}
 * @param inputs the rest of the data: what the decision was taken on
 * @param decision whether the event is a decision in the province's log
 * @param leafIndex its position in that log, once appended
 * @param data the data as published
 */
public record HistoryEntry(long position, String eventId, String type, String source, String subject, String time,
		String provinceCode, String communeCode, ActorRef actor, String reason, String legalBasis,
		Map<String, JsonNode> inputs, boolean decision, Long leafIndex, JsonNode data) {

	/**
	 * Who acted.
	 *
	 * @param userId the user id
	 * @param role the role they acted in, if the event says
	 */
	public record ActorRef(String userId, String role) {
	}

}
