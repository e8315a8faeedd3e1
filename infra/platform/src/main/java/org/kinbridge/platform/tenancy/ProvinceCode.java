package org.kinbridge.platform.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Vietnamese province code of the national administrative register, two digits such as
 * {@code 91} (An Giang). The province is the tenant of every KinBridge object.
 *
 * @param value the two digits
 */
public record ProvinceCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{2}");

	public ProvinceCode {
		Objects.requireNonNull(value, "province code must not be null");
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("province code must be two digits, e.g. 91");
		}
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ProvinceCode of(String value) {
		return new ProvinceCode(value);
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
