package org.kinbridge.family.caregiver.api;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The identity of a caregiver (an individual or a family) across the platform. */
public record CaregiverId(String value) {

	private static final Pattern FORMAT = Pattern.compile("cg-[0-9a-f-]{36}");

	public CaregiverId {
		Objects.requireNonNull(value, "value");
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a caregiver id: " + value);
		}
	}

	public static CaregiverId of(UUID uuid) {
		return new CaregiverId("cg-" + uuid);
	}

	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
