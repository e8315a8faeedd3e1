package org.kinbridge.audit.web;

import java.util.List;

import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.web.NotFoundException;

/**
 * The auditor behind a request and how far they see.
 *
 * @param actor the caller
 * @param national whether their token carries {@code audit_scope: national}
 */
public record Auditor(Actor actor, boolean national) {

	/** The claim, and the one value of it, that lets an auditor read every province. */
	public static final String SCOPE_CLAIM = "audit_scope";

	public static final String NATIONAL = "national";

	/**
	 * @return the provinces the auditor reads, or null for every province
	 */
	public List<String> provinces() {
		return this.national ? null : List.of(this.actor.province().value());
	}

	public boolean reads(String province) {
		return this.national || this.actor.province().value().equals(province);
	}

	/**
	 * @param province the province of the object asked for
	 * @throws NotFoundException (404) when it is outside the auditor's reach, so that
	 * another province's objects cannot even be told to exist
	 */
	public void requireReads(String province) {
		if (!reads(province)) {
			throw new NotFoundException("province " + province + " is outside the auditor's scope");
		}
	}

}
