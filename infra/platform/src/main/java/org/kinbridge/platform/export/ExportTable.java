package org.kinbridge.platform.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.springframework.lang.Nullable;

/**
 * A titled table to export. Missing texts become empty strings, so a record with an
 * unknown value still fills its cell; a row of the wrong width is a programming error and
 * is refused here, before any byte is written.
 *
 * @param title what the list is, such as "Danh sách trẻ em có hoàn cảnh đặc biệt"
 * @param headerLines lines printed under the title in the PDF, such as "Tỉnh An Giang —
 * xã Phú Tân (30406)" or "Tính đến ngày 29/11/2026"; not part of the CSV
 * @param columns the column names; the CSV's header row
 * @param rows one list of {@code columns.size()} cells per row
 * @param footer a closing line such as "Lập ngày ... bởi ...", or {@code null}
 */
public record ExportTable(String title, List<String> headerLines, List<String> columns, List<List<String>> rows,
		@Nullable String footer) {

	public ExportTable {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("export title must not be blank");
		}
		headerLines = texts(headerLines);
		columns = texts(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("export table needs at least one column");
		}
		List<List<String>> checked = new ArrayList<>();
		List<List<String>> given = (rows != null) ? rows : List.of();
		for (int i = 0; i < given.size(); i++) {
			List<String> row = texts(given.get(i));
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("export row %d has %d cells but the table has %d columns"
					.formatted(i + 1, row.size(), columns.size()));
			}
			checked.add(row);
		}
		rows = Collections.unmodifiableList(checked);
	}

	/**
	 * @param title the title
	 * @param headerLines the lines under the title
	 * @param columns the column names
	 * @param rows the rows
	 * @return a table without a footer
	 */
	public static ExportTable of(String title, List<String> headerLines, List<String> columns,
			List<List<String>> rows) {
		return new ExportTable(title, headerLines, columns, rows, null);
	}

	private static List<String> texts(@Nullable List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().map((value) -> Objects.requireNonNullElse(value, "")).toList();
	}

}
