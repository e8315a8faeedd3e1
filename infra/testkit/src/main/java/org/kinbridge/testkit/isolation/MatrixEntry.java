package org.kinbridge.testkit.isolation;

import java.util.Map;
import java.util.Set;

/**
 * One line of an access matrix.
 *
 * @param method the HTTP method
 * @param target the path as mapped, with {@code {name}} variables, and an optional query
 * string whose values may use the same variables
 * @param allowed the roles that may call it, each with the answers it gets in its own
 * province
 * @param scope how it meets the tenant boundary
 * @param body the JSON body, with {@code ${name}} placeholders, or {@code null}
 * @param line where the entry is in the matrix file, for messages
 */
public record MatrixEntry(String method, String target, Map<String, Set<Integer>> allowed, Scope scope, String body,
		int line) {

	/**
	 * @return the route this entry covers: method and path without the query
	 */
	public String route() {
		int query = this.target.indexOf('?');
		return this.method + " " + ((query < 0) ? this.target : this.target.substring(0, query));
	}

	public boolean allows(String role) {
		return this.allowed.containsKey(role);
	}

}
