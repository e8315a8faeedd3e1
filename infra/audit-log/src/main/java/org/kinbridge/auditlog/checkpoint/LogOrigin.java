package org.kinbridge.auditlog.checkpoint;

import java.util.regex.Pattern;

/**
 * The name of one log, the first line of its checkpoints. Each province has its own log,
 * so that a province's auditor verifies that province's decisions without another
 * province's events, and a tenant's export never carries another tenant's data.
 *
 * @param value e.g. {@code kinbridge/province/91}
 */
public record LogOrigin(String value) {

	private static final String PROVINCE_PREFIX = "kinbridge/province/";

	private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");

	public LogOrigin {
		if (value == null || value.isBlank() || !value.strip().equals(value) || value.contains("\n")) {
			throw new IllegalArgumentException("a log origin is one line of text without surrounding spaces");
		}
	}

	/**
	 * The log of one province.
	 * @param provinceCode the two-digit province code, e.g. {@code 91}
	 * @return {@code kinbridge/province/<code>}
	 */
	public static LogOrigin forProvince(String provinceCode) {
		if (provinceCode == null || !PROVINCE_CODE.matcher(provinceCode).matches()) {
			throw new IllegalArgumentException("a province code has two digits, got '" + provinceCode + "'");
		}
		return new LogOrigin(PROVINCE_PREFIX + provinceCode);
	}

	/**
	 * Whether this log takes the events of {@code provinceCode}.
	 * @param provinceCode the event's province
	 * @return true for the province's own log
	 */
	public boolean isLogOfProvince(String provinceCode) {
		return this.value.equals(PROVINCE_PREFIX + provinceCode);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
