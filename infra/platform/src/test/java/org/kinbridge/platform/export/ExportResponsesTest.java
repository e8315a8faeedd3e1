package org.kinbridge.platform.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportResponsesTest {

	private static final ExportTable TABLE = new ExportTable("Sổ đăng ký người chăm sóc", List.of("Quý 4/2026"),
			List.of("STT", "Họ và tên"), List.of(List.of("1", "Nguyễn Thị Hồng")), null);

	@Test
	void namesTheFileInVietnameseWithAnAsciiFallback() {
		assertThat(ExportResponses.contentDisposition("Danh sách trẻ em xã Phú Tân Đợt 1.pdf")).isEqualTo(
				"attachment; filename=\"Danh_sach_tre_em_xa_Phu_Tan_Dot_1.pdf\"; filename*=UTF-8''Danh%20s%C3%A1ch%20tr%E1%BA%BB%20em%20x%C3%A3%20Ph%C3%BA%20T%C3%A2n%20%C4%90%E1%BB%A3t%201.pdf");
	}

	@Test
	void keepsPathsAndQuotesOutOfTheFileName() {
		assertThat(ExportResponses.contentDisposition("../\"x\".csv"))
			.isEqualTo("attachment; filename=\"_x_.csv\"; filename*=UTF-8''_x_.csv");
		assertThat(ExportResponses.contentDisposition(" . "))
			.isEqualTo("attachment; filename=\"export\"; filename*=UTF-8''export");
	}

	@Test
	void answersWithAnUncachedCsvAttachment() {
		ResponseEntity<byte[]> response = ExportResponses.of(TABLE, "csv", "Sổ đăng ký Q4-2026");

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType()).isEqualTo(ExportMediaTypes.CSV);
		assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"So_dang_ky_Q4-2026.csv\"");
		assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).contains("Nguyễn Thị Hồng");
	}

	@Test
	void answersWithAPdfAttachment() {
		ResponseEntity<byte[]> response = ExportResponses.of(TABLE, ExportMediaTypes.PDF, "so-dang-ky");

		assertThat(response.getHeaders().getContentType()).isEqualTo(ExportMediaTypes.PDF);
		assertThat(response.getHeaders().getContentLength()).isEqualTo(response.getBody().length);
		assertThat(new String(response.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void refusesAnUnknownFormat() {
		assertThatExceptionOfType(UnsupportedExportFormatException.class)
			.isThrownBy(() -> ExportResponses.of(TABLE, "docx", "so-dang-ky"));
	}

}
