package org.kinbridge.cases.casefile.api;

import java.time.Instant;

/**
 * Who acted on a case, under which role, from where and when; every command after intake
 * and every event it leads to carries one. The values come from the caller's bearer token
 * and the service clock, never from a request body.
 *
 * @param userId the token subject
 * @param role the role under which the user acted, e.g. {@code COMMUNE_OFFICER}
 * @param provinceCode the user's province
 * @param communeCode the user's commune, or {@code null} for a user who works across the
 * whole province
 * @param at when the service received the request
 */
public record Acting(String userId, String role, String provinceCode, String communeCode, Instant at) {
}
