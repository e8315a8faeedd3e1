package org.kinbridge.matching.shortlist.ranking;

/**
 * Integer points of each ranking factor. A relative must rank above every non-relative,
 * as the law orders (Law on Children Art. 62: relatives come first), so the kin weight
 * must exceed everything else a caregiver can earn; and the same commune must count more
 * than the same province.
 *
 * @param kin a relative of the child
 * @param siblingsTogether can take the whole sibling group
 * @param ethnicity same ethnicity as the child (Art. 60)
 * @param religion same religion as the child (Art. 60)
 * @param language speaks a language of the child (Art. 60)
 * @param sameCommune lives in the commune that handles the case
 * @param sameProvince lives elsewhere in the province
 * @param continuity lives in the commune where the need was decided
 * @param needs can care for the children's disabilities and needs, in proportion
 * @param preferenceFit the children fit every preference without an override, in
 * proportion
 */
public record Weights(int kin, int siblingsTogether, int ethnicity, int religion, int language, int sameCommune,
		int sameProvince, int continuity, int needs, int preferenceFit) {

	/**
	 * Checks the weights of a configuration. Stored shortlists are not checked again when
	 * read, so that a stricter check later never makes an old shortlist unreadable.
	 * @return these weights
	 * @throws IllegalArgumentException with a one-line reason
	 */
	public Weights check() {
		int[] all = { this.kin, this.siblingsTogether, this.ethnicity, this.religion, this.language, this.sameCommune,
				this.sameProvince, this.continuity, this.needs, this.preferenceFit };
		for (int weight : all) {
			if (weight < 0) {
				throw new IllegalArgumentException("ranking weights must not be negative");
			}
		}
		if (sameCommune <= sameProvince) {
			throw new IllegalArgumentException("the same commune must weigh more than the same province (sameCommune "
					+ sameCommune + ", sameProvince " + sameProvince + ")");
		}
		int others = siblingsTogether + ethnicity + religion + language + sameCommune + continuity + needs
				+ preferenceFit;
		if (kin <= others) {
			throw new IllegalArgumentException("the kin weight (" + kin + ") must exceed all other weights together ("
					+ others + ") so that relatives come first");
		}
		return this;
	}

	/** The weights of rule set 2026-1. */
	public static Weights defaults() {
		return new Weights(1000, 60, 40, 30, 40, 50, 20, 20, 50, 30);
	}

}
