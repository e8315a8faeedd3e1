package org.kinbridge.platform.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfExportTest {

	private static final String TITLE = "Danh sách trẻ em có hoàn cảnh đặc biệt";

	private static final List<String> COLUMNS = List.of("STT", "Họ và tên", "Ngày sinh", "Nhóm hoàn cảnh");

	@Test
	void readsBackTheVietnameseTitleHeaderLinesCellsAndFooter() throws IOException {
		ExportTable table = table(1);

		PdfReader reader = new PdfReader(PdfExport.toBytes(table));
		String page = new PdfTextExtractor(reader).getTextFromPage(1);

		assertThat(page).contains(TITLE)
			.contains("Tỉnh An Giang — xã Phú Tân (30406)")
			.contains("Tính đến ngày 29/11/2026")
			.contains("Nguyễn Thị Hồng 1")
			.contains("Lập ngày 29/11/2026 bởi Trần Văn Đức")
			.contains("Trang 1/1");
	}

	@Test
	void spreadsTwoHundredRowsOverNumberedPagesAndRepeatsTheHeaderRow() throws IOException {
		PdfReader reader = new PdfReader(PdfExport.toBytes(table(200)));
		int pages = reader.getNumberOfPages();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);

		assertThat(pages).isGreaterThan(1);
		for (int page = 1; page <= pages; page++) {
			assertThat(extractor.getTextFromPage(page)).contains("Nhóm hoàn cảnh")
				.contains("Trang %d/%d".formatted(page, pages));
		}
		assertThat(extractor.getTextFromPage(pages)).contains("Nguyễn Thị Hồng 200").contains("Lập ngày");
		assertThat(extractor.getTextFromPage(1)).doesNotContain("Lập ngày");
	}

	@Test
	void embedsItsOwnUnicodeFontInsteadOfRelyingOnTheReadersFonts() throws IOException {
		PdfReader reader = new PdfReader(PdfExport.toBytes(table(3)));
		PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);

		List<PdfDictionary> used = new ArrayList<>();
		fonts.getKeys().forEach((key) -> used.add(fonts.getAsDict(key)));

		assertThat(used).isNotEmpty().allSatisfy((font) -> {
			assertThat(font.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
			assertThat(font.getAsName(PdfName.BASEFONT).toString()).contains("LiberationSans");
			PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
			assertThat(descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2)).isNotNull();
		});
	}

	private static ExportTable table(int rows) {
		List<List<String>> data = IntStream.rangeClosed(1, rows)
			.mapToObj((i) -> List.of(String.valueOf(i), "Nguyễn Thị Hồng " + i, "02/03/2016",
					"Trẻ em mồ côi cả cha và mẹ"))
			.toList();
		return new ExportTable(TITLE, List.of("Tỉnh An Giang — xã Phú Tân (30406)", "Tính đến ngày 29/11/2026"),
				COLUMNS, data, "Lập ngày 29/11/2026 bởi Trần Văn Đức");
	}

}
