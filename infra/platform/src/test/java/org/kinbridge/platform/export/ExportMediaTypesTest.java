package org.kinbridge.platform.export;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportMediaTypesTest {

	@Test
	void letsTheFormatParameterWinOverTheAcceptHeader() {
		assertThat(ExportMediaTypes.select("pdf", "text/csv")).isEqualTo(ExportMediaTypes.PDF);
		assertThat(ExportMediaTypes.select(" CSV ", "application/pdf")).isEqualTo(ExportMediaTypes.CSV);
	}

	@Test
	void followsTheAcceptHeaderByQualityWhenThereIsNoFormat() {
		assertThat(ExportMediaTypes.select(null, "application/pdf")).isEqualTo(ExportMediaTypes.PDF);
		assertThat(ExportMediaTypes.select("", "text/csv;q=0.5, application/pdf")).isEqualTo(ExportMediaTypes.PDF);
		assertThat(ExportMediaTypes.select(null, "text/html, */*;q=0.8")).isEqualTo(ExportMediaTypes.CSV);
		assertThat(ExportMediaTypes.select(null, null)).isEqualTo(ExportMediaTypes.CSV);
	}

	@Test
	void writesCsvAsUtf8Text() {
		assertThat(ExportMediaTypes.CSV.toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(ExportMediaTypes.PDF.toString()).isEqualTo("application/pdf");
	}

	@Test
	void refusesAnUnknownFormatWithAValidationProblemOnTheFormatField() {
		assertThatExceptionOfType(UnsupportedExportFormatException.class)
			.isThrownBy(() -> ExportMediaTypes.select("xlsx", null))
			.satisfies((ex) -> {
				ProblemDetail problem = ex.getBody();
				assertThat(problem.getStatus()).isEqualTo(400);
				assertThat(problem.getDetail()).isEqualTo("Field 'format' must be one of: csv, pdf");
				assertThat(problem.getProperties()).extractingByKey("errors").asString().contains("field=format");
			});
	}

	@Test
	void refusesAnAcceptHeaderThatAllowsNeitherFormat() {
		assertThatExceptionOfType(UnsupportedExportFormatException.class)
			.isThrownBy(() -> ExportMediaTypes.select(null, "application/json"));
		assertThatExceptionOfType(UnsupportedExportFormatException.class)
			.isThrownBy(() -> ExportMediaTypes.select(null, "text/csv;q=0, application/json"));
	}

}
