package org.kinbridge.analytics.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kinbridge.analytics.progress.Progress.Month;

/**
 * Draws the model's progress as an SVG an official can put in a report: the share of
 * children needing alternative care who are placed, month by month, against the target
 * lines, and below it the number of communes running the model. Labels are Vietnamese;
 * the title and description say the same in words for a screen reader, and nothing needs
 * a script.
 */
final class ProgressChart {

	private static final int WIDTH = 880;

	private static final int LEFT = 80;

	private static final int RIGHT = 160;

	private static final int SHARE_TOP = 80;

	private static final int SHARE_HEIGHT = 250;

	private static final int COMMUNES_TOP = 390;

	private static final int COMMUNES_HEIGHT = 110;

	private static final int HEIGHT = 580;

	private ProgressChart() {
	}

	static String svg(Progress progress, String communeCode) {
		List<Month> months = progress.months();
		String place = "tỉnh/thành phố mã " + progress.provinceCode()
				+ ((communeCode != null) ? ", xã/phường mã " + communeCode : "");
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" lang=\"vi\" ")
			.append("font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\" font-size=\"13\">\n");
		svg.append("<title id=\"chart-title\">")
			.append(escape("Tiến độ mô hình chăm sóc thay thế – " + place))
			.append("</title>\n");
		svg.append("<desc id=\"chart-desc\">").append(escape(description(progress, communeCode))).append("</desc>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		text(svg, LEFT, 30, "start", "font-size=\"18\" font-weight=\"bold\"",
				"Tiến độ mô hình chăm sóc thay thế – " + place);
		text(svg, LEFT, 55, "start", "fill=\"#333333\"",
				"Tỷ lệ trẻ em cần chăm sóc thay thế đã được bố trí chăm sóc thay thế (%), theo tháng");
		shareAxis(svg);
		targets(svg, progress);
		shareLine(svg, months, communeCode);
		communes(svg, months);
		monthLabels(svg, months);
		svg.append("</svg>\n");
		return svg.toString();
	}

	static String description(Progress progress, String communeCode) {
		StringBuilder desc = new StringBuilder();
		List<Month> months = progress.months();
		if (months.isEmpty()) {
			desc.append("Chưa có số liệu: chưa xã/phường nào có trẻ cần chăm sóc thay thế hoặc trường hợp bố trí. ");
		}
		else {
			Month last = months.get(months.size() - 1);
			Shares share = shareOf(last, communeCode);
			desc.append("Tháng ")
				.append(label(last.month()))
				.append(" (đến ngày ")
				.append(last.asOf())
				.append("): ")
				.append((share.percent != null) ? percent(share.percent) : "chưa có trẻ cần chăm sóc thay thế")
				.append(" (")
				.append(share.placed)
				.append("/")
				.append(share.needing)
				.append(" trẻ đã được bố trí); ")
				.append(last.communesRunningTheModel())
				.append(" xã/phường thực hiện mô hình. ");
		}
		desc.append("Mục tiêu: ");
		List<String> targets = new ArrayList<>();
		progress.targets().forEach(target -> targets.add(percent(target.percentPlaced()) + " năm " + target.year()));
		desc.append(String.join(", ", targets)).append('.');
		return desc.toString();
	}

	private static void shareAxis(StringBuilder svg) {
		for (int percent = 0; percent <= 100; percent += 25) {
			double y = shareY(percent);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>\n", LEFT, y, WIDTH - RIGHT,
					y));
			text(svg, LEFT - 8, y + 4, "end", "", percent + "%");
		}
	}

	private static void targets(StringBuilder svg, Progress progress) {
		for (Progress.Target target : progress.targets()) {
			double y = shareY(target.percentPlaced());
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c0392b\" stroke-width=\"1.5\" "
							+ "stroke-dasharray=\"6 4\"/>\n",
					LEFT, y, WIDTH - RIGHT, y));
			text(svg, WIDTH - RIGHT + 6, y + 4, "start", "fill=\"#c0392b\"",
					"Mục tiêu " + target.year() + ": " + percent(target.percentPlaced()));
		}
	}

	private static void shareLine(StringBuilder svg, List<Month> months, String communeCode) {
		StringBuilder points = new StringBuilder();
		StringBuilder dots = new StringBuilder();
		for (int i = 0; i < months.size(); i++) {
			Shares share = shareOf(months.get(i), communeCode);
			if (share.percent == null) {
				flush(svg, points);
				continue;
			}
			double x = monthX(i, months.size());
			double y = shareY(share.percent);
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
			dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#1f5fa8\">", x, y))
				.append("<title>")
				.append(escape(label(months.get(i).month()) + ": " + percent(share.percent) + " (" + share.placed + "/"
						+ share.needing + " trẻ)"))
				.append("</title></circle>\n");
		}
		flush(svg, points);
		svg.append(dots);
		text(svg, WIDTH - RIGHT + 6, SHARE_TOP + SHARE_HEIGHT + 4, "start", "fill=\"#1f5fa8\"", "Tỷ lệ đã bố trí");
	}

	private static void flush(StringBuilder svg, StringBuilder points) {
		if (points.length() > 0) {
			svg.append("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\" points=\"")
				.append(points.toString().trim())
				.append("\"/>\n");
			points.setLength(0);
		}
	}

	private static void communes(StringBuilder svg, List<Month> months) {
		text(svg, LEFT, COMMUNES_TOP - 20, "start", "fill=\"#333333\"", "Số xã/phường thực hiện mô hình");
		int max = Math.max(1, months.stream().mapToInt(Month::communesRunningTheModel).max().orElse(1));
		double bar = Math.max(2, Math.min(28, (WIDTH - LEFT - RIGHT) / (double) Math.max(1, months.size()) * 0.6));
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999999\"/>\n",
				LEFT, COMMUNES_TOP + COMMUNES_HEIGHT, WIDTH - RIGHT, COMMUNES_TOP + COMMUNES_HEIGHT));
		text(svg, LEFT - 8, COMMUNES_TOP + 4, "end", "", Integer.toString(max));
		text(svg, LEFT - 8, COMMUNES_TOP + COMMUNES_HEIGHT + 4, "end", "", "0");
		for (int i = 0; i < months.size(); i++) {
			int count = months.get(i).communesRunningTheModel();
			double height = COMMUNES_HEIGHT * count / (double) max;
			double x = monthX(i, months.size()) - bar / 2;
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#7fa9d6\">", x,
					COMMUNES_TOP + COMMUNES_HEIGHT - height, bar, height))
				.append("<title>")
				.append(escape(label(months.get(i).month()) + ": " + count + " xã/phường"))
				.append("</title></rect>\n");
		}
	}

	private static void monthLabels(StringBuilder svg, List<Month> months) {
		int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
		for (int i = 0; i < months.size(); i += every) {
			text(svg, monthX(i, months.size()), COMMUNES_TOP + COMMUNES_HEIGHT + 22, "middle", "",
					label(months.get(i).month()));
		}
		text(svg, LEFT, HEIGHT - 18, "start", "fill=\"#666666\" font-size=\"11\"",
				"Nguồn: KinBridge, luồng dữ liệu phân tích đã bút danh hóa (kinbridge.analytics.v1).");
	}

	private static Shares shareOf(Month month, String communeCode) {
		if (communeCode == null) {
			return new Shares(month.needingCare(), month.placed(), month.percentPlaced());
		}
		return month.communes()
			.stream()
			.filter(commune -> communeCode.equals(commune.communeCode()))
			.findFirst()
			.map(commune -> new Shares(commune.needingCare(), commune.placed(), commune.percentPlaced()))
			.orElse(new Shares(0, 0, null));
	}

	private static double shareY(double percent) {
		return SHARE_TOP + SHARE_HEIGHT - SHARE_HEIGHT * percent / 100.0;
	}

	private static double monthX(int index, int count) {
		double span = WIDTH - LEFT - RIGHT;
		return (count <= 1) ? LEFT + span / 2 : LEFT + 20 + (span - 40) * index / (count - 1);
	}

	/** {@code 2026-11} as Vietnamese write it: {@code 11/2026}. */
	static String label(String month) {
		return Integer.parseInt(month.substring(5)) + "/" + month.substring(0, 4);
	}

	/** A percentage with the Vietnamese decimal comma: {@code 65,0%}. */
	static String percent(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace('.', ',') + "%";
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, String attributes, String text) {
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>", x, y, anchor,
				attributes))
			.append(escape(text))
			.append("</text>\n");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private record Shares(int needing, int placed, Double percent) {
	}

}
