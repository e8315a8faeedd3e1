package org.kinbridge.family.registration.api;

import java.time.LocalDate;

/**
 * Where the caregiver lives. Administrative units were merged and renumbered (2025), so a
 * commune code is only meaningful together with the date on which it was valid.
 *
 * @param communeCode the five-digit code of the commune (xã, phường)
 * @param validOn the date on which the code was valid for this address
 * @param line hamlet, street and house number, or {@code null}
 */
public record Address(String communeCode, LocalDate validOn, String line) {
}
