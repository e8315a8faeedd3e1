package org.kinbridge.platform.export;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an {@link ExportTable} as RFC 4180 CSV in UTF-8. The file starts with a byte
 * order mark because Excel otherwise reads it in the machine's legacy code page and
 * garbles every Vietnamese name. Only the columns and rows are written: a title line
 * would break every tool that expects the first row to name the columns.
 */
public final class CsvExport {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final String CRLF = "\r\n";

	private CsvExport() {
	}

	/**
	 * @param table the table to write
	 * @param out where to write it; flushed, not closed
	 */
	public static void write(ExportTable table, OutputStream out) {
		try {
			out.write(BOM);
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writeRow(table.columns(), writer);
			for (List<String> row : table.rows()) {
				writeRow(row, writer);
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the CSV export", ex);
		}
	}

	/**
	 * @param table the table to write
	 * @return the CSV file's bytes
	 */
	public static byte[] toBytes(ExportTable table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(table, out);
		return out.toByteArray();
	}

	private static void writeRow(List<String> cells, Writer writer) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(field(cells.get(i)));
		}
		writer.write(CRLF);
	}

	static String field(String cell) {
		String value = defused(cell);
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	/**
	 * A spreadsheet runs a cell that starts like a formula; names and notes typed by the
	 * public reach these files, so such a cell is kept as text with a leading quote.
	 */
	private static String defused(String cell) {
		if (cell.isEmpty()) {
			return cell;
		}
		return switch (cell.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
			default -> cell;
		};
	}

}
