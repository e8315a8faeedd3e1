package org.kinbridge.platform.adminunits;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A link from a unit that ended to the unit that took it over: the old version ends the
 * day before {@code on}, the new one starts on {@code on}. A merger is several links to
 * one unit; a split is several partial links from one unit.
 *
 * @param from the code of the old unit
 * @param to the code of the new unit
 * @param on the first day of the new unit
 * @param partial true if only part of the old unit went to the new one
 */
public record Succession(String from, String to, LocalDate on, boolean partial) {

	public Succession {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(on, "on");
	}

}
