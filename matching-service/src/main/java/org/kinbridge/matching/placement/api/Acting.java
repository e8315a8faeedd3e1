package org.kinbridge.matching.placement.api;

import java.time.Instant;

/**
 * Who acted on a placement, under which role, from where and when; every command and the
 * events it leads to carry one. The values come from the caller's bearer token and the
 * service clock, or, for a reaction to another service's event, from that event's actor.
 *
 * @param userId the token subject
 * @param role the role under which the user acted, e.g. {@code COMMUNE_OFFICER}
 * @param provinceCode the user's province
 * @param communeCode the user's commune, or {@code null} for a user who works across the
 * whole province and for reactions to another service's events
 * @param at when the service received the request or the event
 */
public record Acting(String userId, String role, String provinceCode, String communeCode, Instant at) {
}
