package org.kinbridge.family.caregiver.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who acted on a caregiver, under which role, from where and when; every command and
 * every event it leads to carries one. The values come from the caller's bearer token and
 * the service clock, never from a request body.
 *
 * @param userId the token subject
 * @param role the role under which the user acted, e.g. {@code COMMUNE_OFFICER}
 * @param provinceCode the user's province
 * @param communeCode the user's commune, or {@code null} for a user who works across the
 * whole province
 * @param at when the service received the request
 */
public record Acting(String userId, String role, String provinceCode, String communeCode, Instant at) {

	/** Dates on documents and decisions are local dates in Vietnam. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/**
	 * Whether the user may act on something of this province and commune: in the same
	 * province and, unless they work across it, in the same commune.
	 */
	public boolean reaches(String provinceCode, String communeCode) {
		return this.provinceCode.equals(provinceCode)
				&& (this.communeCode == null || this.communeCode.equals(communeCode));
	}

	/**
	 * @return the date in Vietnam on which the user acted, the date that decisions and
	 * evidence periods count from
	 */
	public LocalDate on() {
		return LocalDate.ofInstant(this.at, VIETNAM);
	}

}
