package org.kinbridge.cases.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Settings a province configures under its own two-digit code, such as
 * {@code kinbridge.cases.time-limits.91}. A key that is not a province code stops the
 * service at start-up rather than being silently ignored.
 */
public final class ProvinceKeyed {

	private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

	private ProvinceKeyed() {
	}

	/**
	 * @param property the property the map is bound to, for the error message
	 * @param configured the settings as bound, or {@code null}
	 * @return the settings by two-digit province code, never {@code null}
	 */
	public static <T> Map<String, T> byProvinceCode(String property, Map<String, T> configured) {
		Map<String, T> byProvince = new HashMap<>();
		if (configured != null) {
			configured.forEach((key, settings) -> byProvince.put(provinceCode(property, key), settings));
		}
		return Map.copyOf(byProvince);
	}

	private static String provinceCode(String property, String key) {
		// YAML reads an unquoted 01 as the number 1.
		String code = (key.length() == 1) ? "0" + key : key;
		if (!PROVINCE.matcher(code).matches()) {
			throw new IllegalArgumentException(property + "." + key + ": the key must be a two-digit province code");
		}
		return code;
	}

}
