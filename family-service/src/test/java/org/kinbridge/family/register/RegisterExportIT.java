package org.kinbridge.family.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.kinbridge.family.FamilyServiceItSupport;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The register of xã Phú Tân through the API: the quarterly report to the province as
 * JSON, CSV and a printable PDF read back from its bytes, and the same register as it
 * stands; only the commune's and province's readers get it.
 */
class RegisterExportIT extends FamilyServiceItSupport {

	private static final int QUARTER = (TODAY.getMonthValue() - 1) / 3 + 1;

	private static final String QUARTERLY = "/api/families/communes/30406/register/quarterly?year=" + TODAY.getYear()
			+ "&quarter=" + QUARTER;

	@Test
	void theQuarterlyReportListsACaregiverAddedThisQuarterInJsonCsvAndPdf() throws Exception {
		String caregiverId = eligibleCaregiver("Trịnh Thị Quý", 1);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat((List<Map<String, Object>>) get(CHAIR, QUARTERLY).getBody().get("entries"))
				.anySatisfy(entry -> assertThat(entry).containsEntry("caregiverId", caregiverId)
					.containsEntry("statusAtEnd", "ELIGIBLE")
					.containsEntry("changes", List.of(Map.of("kind", "ADDED", "on", TODAY.toString())))));
		Map<String, Object> report = get(CHAIR, QUARTERLY).getBody();
		assertThat(report).containsEntry("communeName", "Xã Phú Tân")
			.containsEntry("provinceName", "Tỉnh An Giang")
			.containsEntry("asOf", TODAY.toString())
			.containsEntry("preparedByRole", "COMMUNE_CHAIR");

		ResponseEntity<byte[]> csv = download(PROVINCE, QUARTERLY + "&format=csv");
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
		assertThat(csv.getHeaders().getContentDisposition().getFilename()).endsWith(".csv").contains("30406");
		String[] lines = new String(csv.getBody(), StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).startsWith("\uFEFFSTT,Mã người nhận CSTT,Họ và tên người đăng ký");
		assertThat(lines).anySatisfy(line -> assertThat(line).contains(caregiverId, "Trịnh Thị Quý", "Thêm mới"));

		ResponseEntity<byte[]> pdf = download(CHAIR, QUARTERLY + "&format=pdf");
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(text(pdf.getBody())).contains("Danh sách cá nhân, gia đình đăng ký nhận chăm sóc thay thế",
				"Tỉnh An Giang (mã 91)", "Xã Phú Tân (mã 30406)", "Quý " + QUARTER + "/" + TODAY.getYear(),
				"Trịnh Thị Quý", "Người lập:");

		ResponseEntity<byte[]> register = download(OFFICER, "/api/families/register?commune=30406&format=pdf");
		assertThat(register.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(text(register.getBody())).contains("Xã Phú Tân (mã 30406)", "Trịnh Thị Quý");
	}

	@Test
	void theReportIsForTheCommunesOwnReadersAndItsParametersAreChecked() {
		assertThat(get(AUDITOR, QUARTERLY).getStatusCode()).isEqualTo(HttpStatus.OK);
		for (String outsider : List.of(SAIGON_OFFICER, SAIGON_PROVINCE)) {
			assertThat(get(outsider, QUARTERLY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(download(outsider, QUARTERLY + "&format=pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(get(CHO_VAM_OFFICER, QUARTERLY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(ANALYST, QUARTERLY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get(COLLABORATOR, QUARTERLY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		ResponseEntity<Map> xml = get(CHAIR, QUARTERLY + "&format=xml");
		assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, Object>>) xml.getBody().get("errors")).extracting(error -> error.get("field"))
			.containsExactly("format");
		assertThat(get(CHAIR, "/api/families/communes/30406/register/quarterly?year=2026&quarter=5").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> future = get(CHAIR,
				"/api/families/communes/30406/register/quarterly?year=" + (TODAY.getYear() + 1) + "&quarter=4");
		assertThat(future.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(future.getBody()).containsEntry("code", "register.quarter-not-started");
	}

	private static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		return text.toString().replaceAll("\\s+", " ");
	}

}
