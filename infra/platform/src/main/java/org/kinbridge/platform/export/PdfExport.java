package org.kinbridge.platform.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes an {@link ExportTable} as a printable PDF: A4 landscape, the title and header
 * lines on top, the table with its header row repeated on every page, "Trang i/n" at the
 * bottom of each page and the footer after the last row.
 *
 * <p>
 * The font is the Liberation Sans that ships inside the OpenPDF jar, embedded with
 * Identity-H encoding: the standard PDF fonts cannot show Vietnamese letters such as "ễ",
 * and servers have no fonts we could count on.
 */
public final class PdfExport {

	static final String FONT_RESOURCE = "font-fallback/LiberationSans-Regular.ttf";

	private static final Color HEADER_BACKGROUND = new Color(0xE6, 0xE6, 0xE6);

	private PdfExport() {
	}

	/**
	 * @param table the table to write
	 * @param out where to write it; not closed
	 */
	public static void write(ExportTable table, OutputStream out) {
		try {
			out.write(toBytes(table));
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the PDF export", ex);
		}
	}

	/**
	 * @param table the table to write
	 * @return the PDF file's bytes
	 */
	public static byte[] toBytes(ExportTable table) {
		// "Trang 1/n" needs n before page 1 is written; the page number sits outside the
		// flow, so a first pass that only counts pages lays out exactly like the second.
		int pages = render(table, OutputStream.nullOutputStream(), 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		render(table, out, pages);
		return out.toByteArray();
	}

	private static int render(ExportTable table, OutputStream out, int totalPages) {
		Fonts fonts = Fonts.create();
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 48);
		PageNumbers pageNumbers = new PageNumbers(fonts.small(), totalPages);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setCloseStream(false);
			writer.setPageEvent(pageNumbers);
			document.addTitle(table.title());
			document.addCreator("KinBridge");
			document.open();
			document.add(centered(table.title(), fonts.title(), 4));
			for (String line : table.headerLines()) {
				document.add(centered(line, fonts.text(), 0));
			}
			document.add(table(table, fonts));
			if (table.footer() != null && !table.footer().isBlank()) {
				Paragraph footer = new Paragraph(table.footer(), fonts.text());
				footer.setAlignment(Element.ALIGN_RIGHT);
				footer.setSpacingBefore(12);
				document.add(footer);
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("could not lay out the PDF export: " + ex.getMessage(), ex);
		}
		return pageNumbers.pages;
	}

	private static Paragraph centered(String text, Font font, float spacingAfter) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(spacingAfter);
		return paragraph;
	}

	private static PdfPTable table(ExportTable table, Fonts fonts) {
		PdfPTable pdfTable = new PdfPTable(table.columns().size());
		pdfTable.setWidthPercentage(100);
		pdfTable.setSpacingBefore(10);
		pdfTable.setHeaderRows(1);
		for (String column : table.columns()) {
			PdfPCell cell = cell(column, fonts.header());
			cell.setBackgroundColor(HEADER_BACKGROUND);
			pdfTable.addCell(cell);
		}
		for (List<String> row : table.rows()) {
			for (String value : row) {
				pdfTable.addCell(cell(value, fonts.text()));
			}
		}
		return pdfTable;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(4);
		return cell;
	}

	private static final class PageNumbers extends PdfPageEventHelper {

		private final Font font;

		private final int totalPages;

		private int pages;

		PageNumbers(Font font, int totalPages) {
			this.font = font;
			this.totalPages = totalPages;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			this.pages = writer.getPageNumber();
			if (this.totalPages > 0) {
				Phrase text = new Phrase("Trang %d/%d".formatted(this.pages, this.totalPages), this.font);
				ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, text, document.right(),
						document.bottom() - 24, 0);
			}
		}

	}

	private record Fonts(Font title, Font header, Font text, Font small) {

		private static volatile byte[] liberationSans;

		/**
		 * A {@link BaseFont} records the glyphs one document uses, so each document gets
		 * its own, made from bytes read once.
		 */
		static Fonts create() {
			try {
				BaseFont font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
						BaseFont.EMBEDDED, false, fontBytes(), null);
				return new Fonts(new Font(font, 14, Font.BOLD), new Font(font, 9, Font.BOLD), new Font(font, 9),
						new Font(font, 8));
			}
			catch (DocumentException | IOException ex) {
				throw new IllegalStateException("could not load the PDF export font " + FONT_RESOURCE, ex);
			}
		}

		private static byte[] fontBytes() throws IOException {
			byte[] bytes = liberationSans;
			if (bytes == null) {
				try (InputStream in = PdfExport.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
					if (in == null) {
						throw new IOException("resource not found on the classpath");
					}
					bytes = in.readAllBytes();
				}
				liberationSans = bytes;
			}
			return bytes;
		}

	}

}
