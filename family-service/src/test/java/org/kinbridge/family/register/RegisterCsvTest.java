package org.kinbridge.family.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.family.reading.RegisterEntry;

class RegisterCsvTest {

	private static final RegisterEntry HOA = new RegisterEntry("cg-1", "91", "30406", "ELIGIBLE", "Nguyễn Thị Hoa",
			"Trần Văn Nam", LocalDate.of(1980, 5, 1), "FEMALE", "Ấp Phú Hòa, tổ 3", "0912 345 678",
			List.of("NON_RELATIVE", "EMERGENCY"), null, 2, 1, 1, List.of("vi", "km"), "KINH", "HOA_HAO", 4,
			LocalDate.of(2026, 11, 28), "15/QĐ-UBND", LocalDate.of(2027, 4, 2));

	@Test
	void startsWithAByteOrderMarkSoExcelReadsVietnamese() {
		byte[] csv = RegisterCsv.write(List.of(HOA));

		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Nguyễn Thị Hoa");
	}

	@Test
	void headersAreInVietnameseAndEnglishAndEveryLineHasAllColumns() {
		List<String> lines = lines(RegisterCsv.write(List.of(HOA)));

		assertThat(lines.get(0)).startsWith("\uFEFFMã người nhận CSTT / Caregiver ID,")
			.contains("Họ và tên người đăng ký / Applicant", "Số chỗ còn trống / Free");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).isEqualTo(
				"cg-1,91,30406,ELIGIBLE,Nguyễn Thị Hoa,Trần Văn Nam,1980-05-01,FEMALE,\"Ấp Phú Hòa, tổ 3\",0912 345 678,"
						+ "NON_RELATIVE; EMERGENCY,,2,1,1,vi; km,KINH,HOA_HAO,4,2026-11-28,15/QĐ-UBND,2027-04-02");
	}

	@Test
	void anEmptyRegisterStillHasItsHeaders() {
		assertThat(lines(RegisterCsv.write(List.of()))).hasSize(1);
	}

	@Test
	void quotesAreDoubledAndLineBreaksStayInsideTheCell() {
		assertThat(RegisterCsv.cell("Hộ \"Ba Lúa\"")).isEqualTo("\"Hộ \"\"Ba Lúa\"\"\"");
		assertThat(RegisterCsv.cell("tổ 3\r\nấp 2")).isEqualTo("\"tổ 3\r\nấp 2\"");
	}

	@Test
	void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(RegisterCsv.cell("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
		assertThat(RegisterCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(RegisterCsv.cell("-1+1")).isEqualTo("'-1+1");
	}

	private static List<String> lines(byte[] csv) {
		return List.of(new String(csv, StandardCharsets.UTF_8).split("\r\n"));
	}

}
