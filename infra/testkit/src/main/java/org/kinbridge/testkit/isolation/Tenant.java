package org.kinbridge.testkit.isolation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The objects a test made in one province, named as the matrix's path variables and body
 * placeholders name them.
 *
 * @param province the province code
 * @param commune the commune its commune-bound users belong to
 * @param values variable name to value, e.g. {@code caseId} to the id of a case there
 * @param secrets what no caller of another province may ever see: ids, names, birth dates
 */
public record Tenant(String province, String commune, Map<String, String> values, Set<String> secrets) {

	/**
	 * @param name a path variable or placeholder
	 * @return its value in this province
	 * @throws IllegalStateException when the fixture has no such value, so that a matrix
	 * line the fixture cannot serve fails loudly
	 */
	public String value(String name) {
		if ("province".equals(name)) {
			return this.province;
		}
		if ("commune".equals(name)) {
			return this.commune;
		}
		String value = this.values.get(name);
		if (value == null) {
			throw new IllegalStateException("The fixture of province " + this.province + " has no value for {" + name
					+ "}; known: " + this.values.keySet());
		}
		return value;
	}

	/**
	 * @return the same province with one more value, e.g. an object made after the
	 * fixture
	 */
	public Tenant with(String name, String value) {
		Map<String, String> values = new HashMap<>(this.values);
		values.put(name, value);
		return new Tenant(this.province, this.commune, values, this.secrets);
	}

}
