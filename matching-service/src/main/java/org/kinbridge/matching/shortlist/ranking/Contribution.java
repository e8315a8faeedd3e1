package org.kinbridge.matching.shortlist.ranking;

/**
 * The points one factor gave a caregiver, out of its weight, and why.
 *
 * @param factor the factor
 * @param labelVi the factor's name in Vietnamese
 * @param points the points given
 * @param weight the most the factor can give
 * @param text why, in words an officer can check
 */
public record Contribution(Factor factor, String labelVi, int points, int weight, String text) {

	static Contribution of(Factor factor, int points, int weight, String text) {
		return new Contribution(factor, factor.labelVi(), points, weight, text);
	}

	/**
	 * @return the contribution as one line of the explanation
	 */
	public String line() {
		return "+" + this.points + "/" + this.weight + " " + this.factor + " (" + this.labelVi + "): " + this.text;
	}

}
