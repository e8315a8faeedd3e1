package org.kinbridge.cases.survey.api;

/**
 * The identity of a commune's roster: one per commune, so that hamlet codes are unique in
 * the commune and coverage always names hamlets the same roster knows.
 */
public final class Rosters {

	private Rosters() {
	}

	/**
	 * @param communeCode the commune's code in the national register
	 * @return the id of that commune's roster aggregate
	 */
	public static String idOf(String communeCode) {
		return "roster-" + communeCode;
	}

}
