package org.kinbridge.platform.observability;

import java.text.Normalizer;

/**
 * Masks personal data before it is logged. Logs travel to places that case files never
 * go, so a name, phone number or address appears there only in masked form.
 */
public final class Pii {

	private Pii() {
	}

	/**
	 * Keeps the first letter of each word and stars the rest, so that a log reader can
	 * tell entries apart without learning who they are about: {@code "Nguyễn Văn An"}
	 * becomes {@code "N***** V** A*"}.
	 * @param value the personal value, may be {@code null}
	 * @return the masked value, or {@code null} for {@code null}
	 */
	public static String mask(String value) {
		if (value == null) {
			return null;
		}
		// Composed form, so that a Vietnamese letter with its marks counts as one letter.
		String text = Normalizer.normalize(value, Normalizer.Form.NFC);
		StringBuilder masked = new StringBuilder(text.length());
		boolean startOfWord = true;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (Character.isWhitespace(codePoint)) {
				masked.appendCodePoint(codePoint);
				startOfWord = true;
			}
			else if (startOfWord) {
				masked.appendCodePoint(codePoint);
				startOfWord = false;
			}
			else {
				masked.append('*');
			}
		}
		return masked.toString();
	}

}
