package org.kinbridge.contracts.matching;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.contracts.ActorRef;

/**
 * Data of {@value #TYPE}: the child was consulted on the proposed placement (lấy ý kiến
 * trẻ em, required from age 7, Law on Children Art. 60). Whether the child agrees is
 * published; what the child said stays inside matching-service.
 *
 * @param placementId the placement aggregate id
 * @param needId the need the placement answers
 * @param caseId the child's case
 * @param childId the child
 * @param caregiverId the caregiver of the placement
 * @param provinceCode the tenant
 * @param communeCode the child's commune, which handles the placement
 * @param consultedOn the day the child was consulted
 * @param ageOnThatDay the child's age in years that day, or {@code null} if unknown
 * @param agrees whether the child agrees
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, under which role
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChildOpinionRecordedV1(String placementId, String needId, String caseId, String childId,
		String caregiverId, String provinceCode, String communeCode, LocalDate consultedOn, Integer ageOnThatDay,
		boolean agrees, Instant recordedAt, ActorRef recordedBy) {

	public static final String TYPE = "org.kinbridge.matching.child-opinion-recorded.v1";

}
