package org.kinbridge.platform.export;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.platform.web.PlatformWebTestSupport;

import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(ExportWebTest.ExportController.class)
class ExportWebTest extends PlatformWebTestSupport {

	@Test
	void answersAnUnknownFormatWithAProblemNamingTheFormatField() throws Exception {
		this.mvc
			.perform(get("/api/test/export").param("format", "xlsx")
				.header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://kinbridge.org/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("format"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of: csv, pdf"))
			.andExpect(jsonPath("$.correlationId").isNotEmpty());
	}

	@Test
	void sendsThePdfAsANamedAttachment() throws Exception {
		this.mvc
			.perform(get("/api/test/export").header(HttpHeaders.ACCEPT, "application/pdf")
				.header(HttpHeaders.AUTHORIZATION, bearer(officerOf91())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ExportMediaTypes.PDF))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("filename*=UTF-8''Danh%20s%C3%A1ch%20x%C3%A3%20Ph%C3%BA%20T%C3%A2n.pdf")));
	}

	@RestController
	static class ExportController {

		@GetMapping("/api/test/export")
		ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
				@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
			ExportTable table = ExportTable.of("Danh sách trẻ em có hoàn cảnh đặc biệt", List.of("xã Phú Tân"),
					List.of("STT", "Họ và tên"), List.of(List.of("1", "Nguyễn Thị Hồng")));
			return ExportResponses.of(table, ExportMediaTypes.select(format, accept), "Danh sách xã Phú Tân");
		}

	}

}
