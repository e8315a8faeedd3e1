package org.kinbridge.analytics.stream;

import java.time.LocalDate;

import org.kinbridge.analytics.pseudonym.Pseudonymiser;

/**
 * What a field rule needs beside the source data.
 *
 * @param pseudonymiser makes the keyed pseudonyms
 * @param on the day of the event in Vietnam, which ages are taken on
 */
record MappingContext(Pseudonymiser pseudonymiser, LocalDate on) {
}
