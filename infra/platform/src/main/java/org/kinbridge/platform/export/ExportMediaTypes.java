package org.kinbridge.platform.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.lang.Nullable;

/**
 * The media types of exports, and the choice between them for one request.
 */
public final class ExportMediaTypes {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType PDF = MediaType.APPLICATION_PDF;

	private static final String ALLOWED = "must be one of: csv, pdf";

	private ExportMediaTypes() {
	}

	/**
	 * Picks the export format of a request. An explicit {@code format} parameter wins,
	 * since a link in the web app cannot set headers; otherwise the {@code Accept} header
	 * decides, and a request that accepts anything gets CSV.
	 * @param format the {@code format} request parameter, {@code "csv"} or {@code "pdf"},
	 * or {@code null}
	 * @param accept the {@code Accept} header, or {@code null}
	 * @return {@link #CSV} or {@link #PDF}
	 * @throws UnsupportedExportFormatException (400, field {@code format}) for any other
	 * format, or an {@code Accept} header that allows neither
	 */
	public static MediaType select(@Nullable String format, @Nullable String accept) {
		if (format != null && !format.isBlank()) {
			return switch (format.trim().toLowerCase(Locale.ROOT)) {
				case "csv" -> CSV;
				case "pdf" -> PDF;
				default -> throw new UnsupportedExportFormatException(ALLOWED);
			};
		}
		if (accept == null || accept.isBlank()) {
			return CSV;
		}
		for (MediaType accepted : byQuality(accept)) {
			// A wildcard matches both; CSV comes first as the lighter default.
			if (CSV.isCompatibleWith(accepted)) {
				return CSV;
			}
			if (PDF.isCompatibleWith(accepted)) {
				return PDF;
			}
		}
		throw new UnsupportedExportFormatException(
				ALLOWED + "; the Accept header allows neither text/csv nor application/pdf");
	}

	/**
	 * @param mediaType {@link #CSV} or {@link #PDF}
	 * @return the file extension without the dot
	 */
	public static String extension(MediaType mediaType) {
		if (PDF.isCompatibleWith(mediaType) && !mediaType.isWildcardType()) {
			return "pdf";
		}
		if (CSV.isCompatibleWith(mediaType) && !mediaType.isWildcardType()) {
			return "csv";
		}
		throw new IllegalArgumentException("not an export media type: " + mediaType);
	}

	private static List<MediaType> byQuality(String accept) {
		List<MediaType> accepted;
		try {
			accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (InvalidMediaTypeException ex) {
			throw new UnsupportedExportFormatException(ALLOWED + "; the Accept header is malformed");
		}
		accepted.removeIf((type) -> type.getQualityValue() == 0);
		accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		return accepted;
	}

}
