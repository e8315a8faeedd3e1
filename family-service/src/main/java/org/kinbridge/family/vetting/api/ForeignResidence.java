package org.kinbridge.family.vetting.api;

import java.time.LocalDate;

/**
 * A foreigner's residence in Vietnam, from the temporary or permanent residence card.
 *
 * @param residentSince since when they have lived in Vietnam
 * @param permittedToStayUntil the last day they are allowed to stay
 */
public record ForeignResidence(LocalDate residentSince, LocalDate permittedToStayUntil) {
}
