package org.kinbridge.platform.export;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExportTableTest {

	private static final List<String> COLUMNS = List.of("STT", "Họ và tên", "Nhóm");

	@Test
	void refusesARowWhoseWidthDiffersFromTheColumns() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ExportTable.of("Danh sách", List.of(), COLUMNS,
					List.of(List.of("1", "Nguyễn Thị Hồng", "Mồ côi"), List.of("2", "Lê Văn Bình"))))
			.withMessage("export row 2 has 2 cells but the table has 3 columns");
	}

	@Test
	void turnsMissingTextsIntoEmptyStrings() {
		ExportTable table = new ExportTable("Danh sách", null, COLUMNS, List.of(Arrays.asList("1", null, "Mồ côi")),
				null);

		assertThat(table.headerLines()).isEmpty();
		assertThat(table.rows()).containsExactly(List.of("1", "", "Mồ côi"));
	}

	@Test
	void refusesATableWithoutColumnsOrTitle() {
		assertThatIllegalArgumentException().isThrownBy(() -> ExportTable.of("Danh sách", List.of(), List.of(), null));
		assertThatIllegalArgumentException().isThrownBy(() -> ExportTable.of(" ", List.of(), COLUMNS, List.of()));
	}

}
