package org.kinbridge.platform.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;

/**
 * Answers an export request with a download: the bytes, the media type and a file name
 * that keeps its Vietnamese letters in browsers that read RFC 5987 and falls back to
 * plain ASCII in those that do not.
 */
public final class ExportResponses {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ASCII_SAFE = Pattern.compile("[^A-Za-z0-9._-]+");

	private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[\\p{Cntrl}/\\\\\"]+");

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private ExportResponses() {
	}

	/**
	 * @param table the table to export
	 * @param format {@code "csv"}, {@code "pdf"} or {@code null} for CSV
	 * @param baseFileName the file name without extension, such as "Danh sách trẻ em xã
	 * Phú Tân 2026-11-29"
	 * @return a 200 response with the file as an attachment
	 * @throws UnsupportedExportFormatException for any other format
	 */
	public static ResponseEntity<byte[]> of(ExportTable table, @Nullable String format, String baseFileName) {
		return of(table, ExportMediaTypes.select(format, null), baseFileName);
	}

	/**
	 * @param table the table to export
	 * @param mediaType the format, as chosen by {@link ExportMediaTypes#select}
	 * @param baseFileName the file name without extension
	 * @return a 200 response with the file as an attachment
	 */
	public static ResponseEntity<byte[]> of(ExportTable table, MediaType mediaType, String baseFileName) {
		String extension = ExportMediaTypes.extension(mediaType);
		byte[] body = "pdf".equals(extension) ? PdfExport.toBytes(table) : CsvExport.toBytes(table);
		return ResponseEntity.ok()
			.contentType("pdf".equals(extension) ? ExportMediaTypes.PDF : ExportMediaTypes.CSV)
			.contentLength(body.length)
			// The lists name children; no proxy or browser cache may keep a copy.
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(baseFileName + "." + extension))
			.body(body);
	}

	/**
	 * @param fileName the file name with extension, in any script
	 * @return an {@code attachment} disposition with an ASCII {@code filename} and a
	 * UTF-8 {@code filename*}
	 */
	public static String contentDisposition(String fileName) {
		// Leading dots would make a hidden file, or with a slash climb a directory.
		String name = UNSAFE_IN_NAME.matcher(fileName).replaceAll("_").strip().replaceFirst("^\\.+", "");
		if (name.isEmpty()) {
			name = "export";
		}
		return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
	}

	private static String asciiFallback(String name) {
		String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
			.replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D');
		return NOT_ASCII_SAFE.matcher(withoutMarks).replaceAll("_");
	}

	private static String rfc5987(String name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			boolean attrChar = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
					|| ATTR_CHARS.indexOf(c) >= 0;
			if (attrChar) {
				encoded.append((char) c);
			}
			else {
				encoded.append("%%%02X".formatted(c));
			}
		}
		return encoded.toString();
	}

}
