package org.kinbridge.platform.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Vietnamese commune (xã, phường) code of the national administrative register, five
 * digits such as {@code 30406} (xã Phú Tân). Codes are unique across provinces.
 *
 * @param value the five digits
 */
public record CommuneCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{5}");

	public CommuneCode {
		Objects.requireNonNull(value, "commune code must not be null");
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("commune code must be five digits, e.g. 30406");
		}
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CommuneCode of(String value) {
		return new CommuneCode(value);
	}

	@JsonValue
	@Override
	public String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
