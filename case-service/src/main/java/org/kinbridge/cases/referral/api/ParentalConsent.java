package org.kinbridge.cases.referral.api;

import java.time.LocalDate;

/**
 * The consent of a parent or guardian to the referral.
 *
 * @param name the person who consented
 * @param givenOn the day they consented
 * @param documentReference where the signed consent is filed; required for
 * {@link ConsentForm#WRITTEN}
 */
public record ParentalConsent(ConsentGiver givenBy, String name, LocalDate givenOn, ConsentForm form,
		String documentReference) {
}
