package org.kinbridge.platform.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

	private static final List<String> COLUMNS = List.of("STT", "Họ và tên", "Ghi chú");

	@Test
	void startsWithAByteOrderMarkAndKeepsVietnameseLettersInUtf8() {
		byte[] csv = CsvExport.toBytes(table(List.of("1", "Nguyễn Thị Hồng", "xã Phú Tân")));

		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(text(csv)).contains("Nguyễn Thị Hồng").contains("xã Phú Tân");
	}

	@Test
	void writesTheColumnsAsTheOnlyHeaderRowAndEndsEveryRecordWithCrlf() {
		String csv = text(CsvExport.toBytes(table(List.of("1", "Nguyễn Thị Hồng", "")))).substring(1);

		assertThat(csv).isEqualTo("STT,Họ và tên,Ghi chú\r\n1,Nguyễn Thị Hồng,\r\n")
			.doesNotContain("Danh sách")
			.doesNotContain("Tính đến");
	}

	@Test
	void quotesFieldsWithCommasQuotesOrLineBreaks() {
		String csv = text(CsvExport.toBytes(table(List.of("1", "Trần Văn \"Tí\"", "ở với bà, mẹ đi làm\r\nxa"))));

		assertThat(csv).endsWith("1,\"Trần Văn \"\"Tí\"\"\",\"ở với bà, mẹ đi làm\r\nxa\"\r\n");
	}

	@Test
	void keepsFormulaLikeCellsAsTextWithALeadingQuote() {
		String csv = text(CsvExport.toBytes(table(List.of("=1+2", "+84 912", "-1"), List.of("@SUM(A1)", "a=b", ""),
				List.of("=HYPERLINK(\"x\",\"y\")", "x", "y"))));

		assertThat(csv.split("\r\n")).containsExactly("\uFEFFSTT,Họ và tên,Ghi chú", "'=1+2,'+84 912,'-1",
				"'@SUM(A1),a=b,", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",x,y");
	}

	@Test
	void writesTheSameBytesToAStreamAsToAnArray() {
		ExportTable table = table(List.of("1", "Nguyễn Thị Hồng", "Mồ côi"));
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

		CsvExport.write(table, out);

		assertThat(out.toByteArray()).isEqualTo(CsvExport.toBytes(table));
	}

	@SafeVarargs
	private static ExportTable table(List<String>... rows) {
		return new ExportTable("Danh sách trẻ em có hoàn cảnh đặc biệt", List.of("Tính đến ngày 29/11/2026"), COLUMNS,
				List.of(rows), "Lập ngày 29/11/2026");
	}

	private static String text(byte[] csv) {
		return new String(csv, StandardCharsets.UTF_8);
	}

}
