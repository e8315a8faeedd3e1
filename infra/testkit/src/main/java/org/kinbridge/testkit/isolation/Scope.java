package org.kinbridge.testkit.isolation;

/**
 * How an endpoint meets the tenant boundary, which decides what a caller of another
 * province must get.
 */
public enum Scope {

	/** The path names objects of one province: another province's answer 404. */
	OBJECT,

	/**
	 * The request body or query names a commune or an object of another province: the
	 * request is refused (403 or 404) and nothing is changed.
	 */
	COMMUNE,

	/**
	 * A list of the caller's own province: it is never asked about another province, but
	 * must never show any of its objects.
	 */
	LIST,

	/** Data that belongs to no province, such as code lists. */
	NONE

}
