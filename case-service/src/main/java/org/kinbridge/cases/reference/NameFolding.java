package org.kinbridge.cases.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese names for comparison: officers type names with or without diacritics
 * ("Nguyen Van An" for "Nguyễn Văn An"), in any case and with stray spaces, and must find
 * the same child either way.
 */
public final class NameFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private NameFolding() {
	}

	/**
	 * @param name a name as typed, may be {@code null}
	 * @return the name without diacritics, in lower case, words separated by single
	 * spaces; {@code ""} for {@code null}
	 */
	public static String fold(String name) {
		if (name == null) {
			return "";
		}
		// đ is a letter of its own, not d with a mark, so decomposition leaves it alone.
		String plain = name.replace('đ', 'd').replace('Đ', 'D');
		String withoutMarks = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
		return NOT_LETTER_OR_DIGIT.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * @param name a name as typed
	 * @return the folded words of the name, in order
	 */
	public static List<String> tokens(String name) {
		String folded = fold(name);
		return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
	}

	/**
	 * @param names names as typed
	 * @return the distinct folded words of all names
	 */
	public static List<String> tokens(Collection<String> names) {
		Set<String> tokens = new LinkedHashSet<>();
		names.forEach((name) -> tokens.addAll(tokens(name)));
		return List.copyOf(tokens);
	}

}
