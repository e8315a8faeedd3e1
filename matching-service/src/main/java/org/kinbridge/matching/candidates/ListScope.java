package org.kinbridge.matching.candidates;

import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;

/**
 * Which commune a list of the caller's province may show: the one asked for, if any; a
 * commune role always its own, and nothing at all when it asks for another commune (a
 * list leaves out what the caller may not see, as every list does).
 *
 * @param nothing whether the list must be empty
 * @param communeCode the commune to filter by, or {@code null} for the whole province
 */
public record ListScope(boolean nothing, String communeCode) {

	public static ListScope of(Actor actor, CommuneCode requested) {
		String asked = (requested != null) ? requested.value() : null;
		if (actor.isProvinceWide()) {
			return new ListScope(false, asked);
		}
		String own = actor.commune().value();
		return new ListScope(asked != null && !asked.equals(own), own);
	}

}
