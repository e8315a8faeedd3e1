package org.kinbridge.family.vetting.api;

import java.time.LocalDate;

/**
 * The document a check rests on.
 *
 * @param reference where it is filed, e.g. the certificate or report number
 * @param issuedOn when it was issued or the visit took place; periods count from it
 * @param validUntil the last day the document itself states it is valid, or {@code null}
 */
public record Evidence(String reference, LocalDate issuedOn, LocalDate validUntil) {
}
