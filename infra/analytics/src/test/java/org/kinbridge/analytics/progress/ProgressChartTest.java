package org.kinbridge.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.xml.parsers.DocumentBuilderFactory;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.kinbridge.analytics.AnalyticsProperties;
import org.w3c.dom.Element;

class ProgressChartTest {

	private static final Clock MARCH_10 = Clock.fixed(Instant.parse("2026-03-10T03:00:00Z"), ZoneOffset.UTC);

	private final ProgressFigures figures = new ProgressFigures(
			new ModelRecords().need("A", "case-a", "30406", "2026-01-05")
				.need("B", "case-b", "30406", "2026-01-20")
				.placement(ModelState.STARTED, "pA", "A", "30406", "2026-02-10", new Document())
				.store(),
			new AnalyticsProperties(null, null, null), MARCH_10);

	@Test
	void drawsAWellFormedAccessibleSvgWithVietnameseLabelsAndBothTargetLines() throws Exception {
		String svg = ProgressChart.svg(this.figures.progress("91", null), null);
		Element root = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
		assertThat(root.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Tiến độ mô hình chăm sóc thay thế – tỉnh/thành phố mã 91");
		assertThat(root.getElementsByTagName("desc").item(0).getTextContent())
			.contains("Tháng 3/2026 (đến ngày 2026-03-10): 50,0% (1/2 trẻ đã được bố trí); 1 xã/phường")
			.contains("65,0% năm 2025, 90,0% năm 2030");
		assertThat(svg).contains("Mục tiêu 2025: 65,0%", "Mục tiêu 2030: 90,0%", "Số xã/phường thực hiện mô hình",
				"1/2026", "2/2026", "3/2026");
		assertThat(svg).doesNotContain("<script");
	}

	@Test
	void drawsTheCommuneAskedForAndSaysSoInItsTitle() {
		String svg = ProgressChart.svg(this.figures.progress("91", "30406"), "30406");
		assertThat(svg).contains("xã/phường mã 30406");
	}

	@Test
	void saysInWordsThatThereAreNoFiguresYet() {
		String svg = ProgressChart
			.svg(new ProgressFigures(new ModelRecords().store(), new AnalyticsProperties(null, null, null), MARCH_10)
				.progress("91", null), null);
		assertThat(svg).contains("Chưa có số liệu");
	}

}
