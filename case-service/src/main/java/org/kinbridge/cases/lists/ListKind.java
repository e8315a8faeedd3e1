package org.kinbridge.cases.lists;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists a commune keeps. Every listing names its list, so that one projection and one
 * query serve them all; a new list is a new constant and the events that start and end
 * its listings.
 */
public enum ListKind {

	/** Trẻ em có hoàn cảnh đặc biệt (Law on Children 2016, Art. 10). */
	SPECIAL_CIRCUMSTANCES("special-circumstances", "Danh sách trẻ em có hoàn cảnh đặc biệt"),

	/**
	 * Trẻ em cần chăm sóc thay thế (Circular 14/2020 Art. 3): from the day the commune
	 * finds the need until the child is placed or the need ends, grouped by the category
	 * of Law on Children Art. 62.
	 */
	ALTERNATIVE_CARE("alternative-care", "Danh sách trẻ em cần chăm sóc thay thế");

	private final String path;

	private final String title;

	ListKind(String path, String title) {
		this.path = path;
		this.title = title;
	}

	/**
	 * @return how the list is named in URLs and file names
	 */
	public String path() {
		return this.path;
	}

	/**
	 * @return the list's title on paper, in Vietnamese
	 */
	public String title() {
		return this.title;
	}

	public static Optional<ListKind> byPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
	}

}
