package org.kinbridge.family.registration.api;

import java.time.LocalDate;

/**
 * A household member's agreement to the registration, as the commune received it.
 *
 * @param given whether the member agreed; a refusal or a pending answer is recorded too
 * @param recordedOn the date of the signed statement or of the interview
 * @param evidenceReference where the statement is filed, or {@code null}
 */
public record Consent(boolean given, LocalDate recordedOn, String evidenceReference) {
}
