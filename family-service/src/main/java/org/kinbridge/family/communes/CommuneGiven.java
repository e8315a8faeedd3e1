package org.kinbridge.family.communes;

import java.time.LocalDate;

/**
 * A request that names a commune, checked with {@link KnownCommune}.
 */
public interface CommuneGiven {

	/**
	 * @return the five-digit commune code as given, checked for its format by its own
	 * constraint
	 */
	String communeCode();

	/**
	 * @return the day on which the code must be valid, or {@code null} for today
	 */
	default LocalDate communeValidOn() {
		return null;
	}

}
