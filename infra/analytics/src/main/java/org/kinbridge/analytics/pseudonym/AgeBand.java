package org.kinbridge.analytics.pseudonym;

import java.time.LocalDate;
import java.time.Period;

/**
 * An age band instead of a birth date or an age. The child bands follow the law: under 6,
 * primary-school age, up to 16 (Law on Children Art. 1: a child is under 16) and the
 * minors of 16 and 17 whom the law no longer covers; adults get wide bands because only
 * the non-relative caregiver's 20-year gap matters and that is matching's business.
 */
public enum AgeBand {

	AGE_0_5("0-5", 0, 5), AGE_6_10("6-10", 6, 10), AGE_11_15("11-15", 11, 15), AGE_16_17("16-17", 16, 17),
	AGE_18_29("18-29", 18, 29), AGE_30_44("30-44", 30, 44), AGE_45_59("45-59", 45, 59), AGE_60_PLUS("60+", 60, 200);

	/** What a record says when neither a birth date nor an estimated age is known. */
	public static final String UNKNOWN = "unknown";

	private final String label;

	private final int from;

	private final int to;

	AgeBand(String label, int from, int to) {
		this.label = label;
		this.from = from;
		this.to = to;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @param years an age in whole years
	 * @return the band's label, {@link #UNKNOWN} for a negative age
	 */
	public static String ofAge(int years) {
		for (AgeBand band : values()) {
			if (years >= band.from && years <= band.to) {
				return band.label;
			}
		}
		return UNKNOWN;
	}

	/**
	 * The age on the day of the event, from the birth date if known, else from the
	 * estimated age.
	 * @param dateOfBirth the birth date or {@code null}
	 * @param estimatedAge the estimated age in years or {@code null}
	 * @param on the day the age is taken on
	 * @return the band's label, or {@link #UNKNOWN}
	 */
	public static String of(LocalDate dateOfBirth, Integer estimatedAge, LocalDate on) {
		if (dateOfBirth != null && on != null && !dateOfBirth.isAfter(on)) {
			return ofAge(Period.between(dateOfBirth, on).getYears());
		}
		if (estimatedAge != null) {
			return ofAge(estimatedAge);
		}
		return UNKNOWN;
	}

}
