package org.kinbridge.matching.shortlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.matching.shortlist.ranking.PreferenceOverride;
import org.kinbridge.matching.shortlist.ranking.RankedCandidate;
import org.kinbridge.matching.shortlist.ranking.Ranking;
import org.kinbridge.matching.shortlist.ranking.RuleSet;

/**
 * A shortlist as the API shows it: the outcome and how it was made; the snapshots of the
 * child and the caregivers stay stored for the recomputation.
 *
 * @param id the shortlist
 * @param needId the need
 * @param provinceCode the province that made it
 * @param communeCode the commune of the case when it was made
 * @param ruleSet the rule set's id, version, every weight and the length of the list
 * @param inputsDigest the SHA-256 of the inputs
 * @param createdAt when it was made
 * @param createdBy who made it
 * @param referenceDate the day ages were counted on
 * @param overrides preferences set aside
 * @param splitSiblingsReason why the siblings may be placed apart, or {@code null}
 * @param candidates the listed caregivers, best first
 * @param considered how many caregivers were considered
 * @param passing how many met every hard rule
 * @param excluded how many broke a hard rule
 * @param excludedByRule how many broke each rule
 */
public record ShortlistView(String id, String needId, String provinceCode, String communeCode, RuleSet ruleSet,
		String inputsDigest, Instant createdAt, Shortlist.CreatedBy createdBy, LocalDate referenceDate,
		List<PreferenceOverride> overrides, String splitSiblingsReason, List<RankedCandidate> candidates,
		int considered, int passing, int excluded, List<Ranking.RuleCount> excludedByRule) {

	static ShortlistView of(Shortlist shortlist) {
		Ranking ranking = shortlist.ranking();
		return new ShortlistView(shortlist.id(), shortlist.needId(), shortlist.provinceCode(), shortlist.communeCode(),
				shortlist.ruleSet(), shortlist.inputsDigest(), shortlist.createdAt(), shortlist.createdBy(),
				shortlist.referenceDate(), shortlist.overrides(), shortlist.splitSiblingsReason(), ranking.candidates(),
				ranking.considered(), ranking.passing(), ranking.excluded(), ranking.excludedByRule());
	}

}
