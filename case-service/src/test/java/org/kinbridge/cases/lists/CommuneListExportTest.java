package org.kinbridge.cases.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.platform.export.CsvExport;
import org.kinbridge.platform.export.ExportTable;
import org.kinbridge.platform.export.PdfExport;

/**
 * The commune's list on paper and in a spreadsheet: the Vietnamese title, the province,
 * commune and day, one line per child and group, and who prepared it when.
 */
class CommuneListExportTest {

	private static final Instant PREPARED = Instant.parse("2026-11-29T03:15:00Z");

	private static final CommuneList LIST = new CommuneList(ListKind.SPECIAL_CIRCUMSTANCES, "91", "30406", "Xã Phú Tân",
			LocalDate.of(2026, 11, 29), null, null, 2, List.of(
					new CommuneList.GroupCount("ORPHANED", "Trẻ em mồ côi cả cha và mẹ", 1,
							List.of(new CommuneList.SubGroupCount("ORPHANED.WITH_RELATIVES",
									"Sống với người thân thích", 1))),
					new CommuneList.GroupCount("DROPPED_OUT_TO_EARN_A_LIVING", "Trẻ em phải bỏ học kiếm sống", 1,
							List.of(new CommuneList.SubGroupCount(null, null, 1)))),
			List.of(new CommuneList.ListedChild("case-1", "91-2026-000001", "child-1", "Nguyễn Văn An", Sex.MALE,
					LocalDate.of(2016, 3, 2), null, "PHU_HUNG", "ấp Phú Hưng", "ORPHANED", "ORPHANED.WITH_RELATIVES",
					LocalDate.of(2026, 11, 28)),
					new CommuneList.ListedChild("case-2", "91-2026-000002", "child-2", "Chau Sóc, Pha", Sex.FEMALE,
							null, 12, null, null, "DROPPED_OUT_TO_EARN_A_LIVING", null, LocalDate.of(2026, 11, 29))));

	private static final ExportTable TABLE = CommuneListExport.table(LIST, "Tỉnh An Giang", "Trần Thị Cúc", PREPARED);

	@Test
	void theCsvHasTheColumnsAndOneRowPerChildAndGroupWithVietnameseLabels() {
		String csv = new String(CsvExport.toBytes(TABLE), StandardCharsets.UTF_8).replace("\uFEFF", "");
		List<String> lines = Arrays.asList(csv.split("\r\n"));

		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo(String.join(",", CommuneListExport.COLUMNS));
		assertThat(lines.get(1).split(",")).containsExactly("1", "91-2026-000001", "Nguyễn Văn An", "Nam", "02/03/2016",
				"ấp Phú Hưng", "Trẻ em mồ côi cả cha và mẹ", "Sống với người thân thích", "28/11/2026");
		// A comma in a name is quoted, not a new column.
		assertThat(lines.get(2)).isEqualTo(
				"2,91-2026-000002,\"Chau Sóc, Pha\",Nữ,khoảng 12 tuổi,,Trẻ em phải bỏ học kiếm sống,,29/11/2026");
	}

	@Test
	void thePdfShowsTheTitleTheCommuneTheDayAndWhoPreparedIt() throws IOException {
		PdfReader reader = new PdfReader(PdfExport.toBytes(TABLE));
		String text = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());

		assertThat(text).contains("Danh sách trẻ em có hoàn cảnh đặc biệt")
			.contains("Tỉnh An Giang")
			.contains("Xã Phú Tân (30406)")
			.contains("Tính đến ngày 29/11/2026")
			.contains("Nguyễn Văn An")
			.contains("Người lập: Trần Thị Cúc, lúc 10:15 29/11/2026");
	}

	@Test
	void theFileIsNamedAfterTheListTheCommuneAndTheDay() {
		assertThat(CommuneListExport.fileName(LIST))
			.isEqualTo("Danh sách trẻ em có hoàn cảnh đặc biệt - Xã Phú Tân (30406) - 2026-11-29");
	}

}
