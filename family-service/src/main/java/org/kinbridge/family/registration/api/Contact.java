package org.kinbridge.family.registration.api;

/**
 * How the commune reaches the caregiver; it never leaves family-service.
 *
 * @param phone a phone number, or {@code null}
 * @param email an e-mail address, or {@code null}
 */
public record Contact(String phone, String email) {
}
