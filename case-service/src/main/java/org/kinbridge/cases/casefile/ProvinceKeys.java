package org.kinbridge.cases.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Settings that each province configures under {@code <prefix>.<province>}: keys are
 * two-digit province codes, so that a setting for "An Giang" fails at start-up rather
 * than being ignored.
 */
public final class ProvinceKeys {

	private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

	private ProvinceKeys() {
	}

	/**
	 * @param configured the settings as bound, or {@code null} when none are configured
	 * @param prefix the property prefix, for the message of a bad key
	 * @return the settings by two-digit province code
	 * @throws IllegalArgumentException for a key that is not a province code
	 */
	public static <T> Map<String, T> byProvinceCode(Map<String, T> configured, String prefix) {
		Map<String, T> byProvince = new HashMap<>();
		if (configured != null) {
			configured.forEach((key, settings) -> byProvince.put(provinceCode(key, prefix), settings));
		}
		return Map.copyOf(byProvince);
	}

	private static String provinceCode(String key, String prefix) {
		// YAML reads an unquoted 01 as the number 1.
		String code = (key.length() == 1) ? "0" + key : key;
		if (!PROVINCE.matcher(code).matches()) {
			throw new IllegalArgumentException(prefix + "." + key + ": the key must be a two-digit province code");
		}
		return code;
	}

}
