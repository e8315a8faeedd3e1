package org.kinbridge.matching.children;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import org.kinbridge.contracts.ActorRef;
import org.kinbridge.contracts.EventTypes;
import org.kinbridge.contracts.cases.AlternativeCareNeedEndedV1;
import org.kinbridge.contracts.cases.AlternativeCareNeededV1;
import org.kinbridge.contracts.cases.CaseHandedOverV1;
import org.kinbridge.matching.EventFeed;

/** case-service's events as the tests need them, starting from the producer's samples. */
public final class CaseEvents {

	public static final ActorRef OFFICER = new ActorRef("officer.phutan", "COMMUNE_OFFICER");

	private CaseEvents() {
	}

	/**
	 * The producer's sample: a boy of 2016 with a sister of about 6, and a grandmother.
	 */
	public static AlternativeCareNeededV1 sampleNeed() {
		try (InputStream in = EventTypes.find(AlternativeCareNeededV1.TYPE).orElseThrow().openSample()) {
			return EventFeed.JSON.readValue(in, AlternativeCareNeededV1.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static AlternativeCareNeededV1 need(String needId, String caseId, String province, String commune,
			Instant decidedAt) {
		AlternativeCareNeededV1 s = sampleNeed();
		return new AlternativeCareNeededV1(needId, caseId, province, commune, s.child(), s.siblingGroupId(),
				s.siblings(), s.keepSiblingsTogether(), s.careTypesSought(), s.relatives(), s.eligibility(), s.reason(),
				s.legalBasis(), decidedAt, s.decidedBy());
	}

	public static AlternativeCareNeededV1 need(String needId, String caseId, AlternativeCareNeededV1.ChildProfile child,
			List<AlternativeCareNeededV1.ChildProfile> siblings, boolean keepTogether,
			List<AlternativeCareNeededV1.Relative> relatives) {
		AlternativeCareNeededV1 s = sampleNeed();
		return new AlternativeCareNeededV1(needId, caseId, "91", "30406", child, null, siblings, keepTogether,
				s.careTypesSought(), relatives, s.eligibility(), s.reason(), s.legalBasis(), s.decidedAt(),
				s.decidedBy());
	}

	public static AlternativeCareNeedEndedV1 ended(String needId, String caseId, Instant at) {
		return new AlternativeCareNeedEndedV1(needId, caseId, "child-1", "91", "30406", "RETURNED_TO_FAMILY", null, at,
				OFFICER);
	}

	public static CaseHandedOverV1 handedOver(String caseId, String toProvince, String toCommune, Instant at) {
		return new CaseHandedOverV1(caseId, "91", "30406", toProvince, toCommune, "The child moved house.",
				"Decree 56/2017/ND-CP", at, OFFICER);
	}

}
