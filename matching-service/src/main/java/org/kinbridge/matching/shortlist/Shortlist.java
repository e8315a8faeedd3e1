package org.kinbridge.matching.shortlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.matching.shortlist.ranking.NeedSnapshot;
import org.kinbridge.matching.shortlist.ranking.PreferenceOverride;
import org.kinbridge.matching.shortlist.ranking.Ranking;
import org.kinbridge.matching.shortlist.ranking.RuleSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored shortlist: its outcome and every input it was computed from (the caregivers'
 * snapshots are stored beside it, in chunks). It is never changed after it is made; a
 * change of configuration only affects shortlists made later.
 *
 * @param id the shortlist
 * @param needId the need it was made for
 * @param provinceCode the province that made it
 * @param communeCode the commune that handled the case when it was made
 * @param ruleSet the configuration, with every weight
 * @param inputsDigest the SHA-256 of the inputs
 * @param createdAt when it was made
 * @param createdBy who made it
 * @param referenceDate the day ages were counted on
 * @param need the need as it was
 * @param overrides preferences set aside, each with a reason
 * @param splitSiblingsReason why the siblings may be placed apart, or {@code null}
 * @param inputChunks how many chunks hold the caregivers' snapshots
 * @param ranking the outcome
 */
@Document("shortlists")
public record Shortlist(@Id String id, String needId, String provinceCode, String communeCode, RuleSet ruleSet,
		String inputsDigest, Instant createdAt, CreatedBy createdBy, LocalDate referenceDate, NeedSnapshot need,
		List<PreferenceOverride> overrides, String splitSiblingsReason, int inputChunks, Ranking ranking) {

	/**
	 * Who made a shortlist.
	 *
	 * @param userId the token subject
	 * @param role the role they acted in
	 */
	public record CreatedBy(String userId, String role) {
	}

}
