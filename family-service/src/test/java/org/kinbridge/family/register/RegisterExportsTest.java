package org.kinbridge.family.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.reading.QuarterlyRegisterEntry;
import org.kinbridge.family.reading.QuarterlyRegisterEntry.Change;
import org.kinbridge.family.reading.RegisterEntry;
import org.kinbridge.platform.export.CsvExport;
import org.kinbridge.platform.export.PdfExport;

/**
 * The commune register through the platform's CSV and PDF writers: the register as it
 * stands for spreadsheets, and the quarterly report of xã Phú Tân for Quý 4/2026 to print
 * and sign, read back from the bytes.
 */
class RegisterExportsTest {

	private static final RegisterEntry HOA = new RegisterEntry("cg-1", "91", "30406", "ELIGIBLE", "Nguyễn Thị Hoa",
			"Trần Văn Nam", LocalDate.of(1980, 5, 1), "FEMALE", "Ấp Phú Hòa, tổ 3", "0912 345 678",
			List.of("NON_RELATIVE", "EMERGENCY"), null, 2, 1, 1, List.of("vi", "km"), "KINH", "HOA_HAO", 4,
			LocalDate.of(2026, 11, 28), "15/QĐ-UBND", LocalDate.of(2027, 4, 2));

	private static final Instant PREPARED_AT = Instant.parse("2026-12-31T03:00:00Z");

	private static final List<QuarterlyRegisterEntry> ENTRIES = List.of(
			entry("cg-1", "Nguyễn Thị Hoa", "ELIGIBLE", new Change("ADDED", LocalDate.of(2026, 11, 5))),
			entry("cg-2", "Lê Văn Tư", "SUSPENDED", new Change("SUSPENDED", LocalDate.of(2026, 12, 1))),
			entry("cg-3", "Chau Sóc Khun", "REMOVED", new Change("REMOVED", LocalDate.of(2026, 10, 20))),
			entry("cg-4", "Phạm Thị Út", "ELIGIBLE"));

	private static final QuarterlyRegister QUARTER = new QuarterlyRegister("91", "Tỉnh An Giang", "30406", "Xã Phú Tân",
			2026, 4, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31), ENTRIES,
			QuarterlyRegister.Counts.of(ENTRIES), "Huỳnh Văn Chánh", "COMMUNE_CHAIR", PREPARED_AT);

	@Test
	void theRegisterCsvHasVietnameseAndEnglishHeadersAndOneRowPerCaregiver() {
		byte[] csv = CsvExport.toBytes(RegisterExports.register(List.of(HOA), List.of("Xã Phú Tân"), null));

		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<String> lines = lines(csv);
		assertThat(lines.get(0)).startsWith("\uFEFFMã người nhận CSTT / Caregiver ID,")
			.contains("Họ và tên người đăng ký / Applicant", "Số chỗ còn trống / Free");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).isEqualTo(
				"cg-1,91,30406,ELIGIBLE,Nguyễn Thị Hoa,Trần Văn Nam,1980-05-01,FEMALE,\"Ấp Phú Hòa, tổ 3\",0912 345 678,"
						+ "NON_RELATIVE; EMERGENCY,,2,1,1,vi; km,KINH,HOA_HAO,4,2026-11-28,15/QĐ-UBND,2027-04-02");
	}

	@Test
	void anEmptyRegisterStillHasItsHeaders() {
		assertThat(lines(CsvExport.toBytes(RegisterExports.register(List.of(), List.of(), null)))).hasSize(1);
	}

	@Test
	void theQuarterlyCsvNumbersTheCaregiversAndSaysWhatChangedInTheQuarter() {
		List<String> lines = lines(CsvExport.toBytes(RegisterExports.quarterly(QUARTER, true)));

		assertThat(lines.get(0)).isEqualTo("\uFEFFSTT,Mã người nhận CSTT,Họ và tên người đăng ký,Người cùng đăng ký,"
				+ "Ngày sinh,Giới tính,Địa chỉ,Hình thức chăm sóc,Số trẻ nhận tối đa,Đủ điều kiện từ ngày,"
				+ "Số quyết định,Tình trạng cuối kỳ,Thay đổi trong quý");
		assertThat(lines).hasSize(5);
		assertThat(lines.get(1)).isEqualTo("1,cg-1,Nguyễn Thị Hoa,,01/05/1980,Nữ,Ấp Phú Hòa,"
				+ "Không phải người thân thích,2,01/07/2026,15/QĐ-UBND,Đủ điều kiện,Thêm mới 05/11/2026");
		assertThat(lines.get(2)).endsWith(",Tạm dừng nhận trẻ,Tạm dừng 01/12/2026");
		assertThat(lines.get(3)).endsWith(",Đã đưa ra khỏi danh sách,Đưa ra khỏi danh sách 20/10/2026");
		assertThat(lines.get(4)).startsWith("4,cg-4,").endsWith(",Đủ điều kiện,");
	}

	@Test
	void theQuarterlyPdfCarriesTheTitleTheCommuneTheQuarterTheCountsAndWhoPreparedIt() throws IOException {
		PdfReader pdf = new PdfReader(PdfExport.toBytes(RegisterExports.quarterly(QUARTER, false)));
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(pdf).getTextFromPage(page)).append('\n');
		}

		assertThat(text.toString().replaceAll("\\s+", " ")).contains(
				"Danh sách cá nhân, gia đình đăng ký nhận chăm sóc thay thế", "Tỉnh An Giang (mã 91)",
				"Xã Phú Tân (mã 30406)", "Quý 4/2026 (từ 01/10/2026 đến 31/12/2026)", "Tính đến ngày 31/12/2026",
				"Đủ điều kiện: 2; tạm dừng nhận trẻ: 1", "thêm mới 1, tạm dừng 1, khôi phục 0, đưa ra khỏi danh sách 1",
				"Nguyễn Thị Hoa", "Chau Sóc Khun",
				"Người lập: Huỳnh Văn Chánh (COMMUNE_CHAIR) — lập lúc 10:00 ngày 31/12/2026");
		assertThat(text).as("ids crowd a printed page").doesNotContain("cg-1", "Mã người nhận CSTT");
	}

	private static QuarterlyRegisterEntry entry(String caregiverId, String name, String status, Change... changes) {
		return new QuarterlyRegisterEntry(caregiverId, name, null, LocalDate.of(1980, 5, 1), "FEMALE", "Ấp Phú Hòa",
				List.of("NON_RELATIVE"), 2, LocalDate.of(2026, 7, 1), "15/QĐ-UBND", status, List.of(changes));
	}

	private static List<String> lines(byte[] csv) {
		return List.of(new String(csv, StandardCharsets.UTF_8).split("\r\n"));
	}

}
