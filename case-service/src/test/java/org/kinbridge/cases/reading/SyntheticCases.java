package org.kinbridge.cases.reading;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.casefile.Deadline;
import org.kinbridge.cases.intake.IntakeSamples;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.reference.NameFolding;

/**
 * Case-list documents for tests and the benchmark, built the way the projection builds
 * them, with invented Vietnamese names drawn from common family, middle and given names.
 */
final class SyntheticCases {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Trương",
			"Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Lý", "Chau", "Néang", "Lâm", "Thạch" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Ngọc", "Hoàng", "Thanh", "Gia", "Quốc", "Kim",
			"Hữu" };

	private static final String[] GIVEN = { "An", "Bình", "Cường", "Diệu", "Em", "Phúc", "Giang", "Hà", "Huy", "Khoa",
			"Lan", "Linh", "Lộc", "Mai", "Nam", "Nga", "Phương", "Quân", "Sang", "Tâm", "Thảo", "Trâm", "Tú", "Uyên",
			"Vy", "Yến", "Đạt", "Đức", "Hiếu", "Sóc Pha" };

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private SyntheticCases() {
	}

	static CaseSummary summary(String caseId, String provinceCode, String communeCode, Instant receivedAt,
			List<String> childNames, String recordedBy, String assignedTo, String status, List<Deadline> deadlines) {
		LocalDate receivedOn = LocalDate.ofInstant(receivedAt, VIETNAM);
		List<ReceiveReport.ReportedChild> children = new ArrayList<>();
		for (int i = 0; i < childNames.size(); i++) {
			children.add(
					IntakeSamples.child(caseId + "-child-" + i, childNames.get(i), receivedOn.minusYears(8 + i), null));
		}
		return new CaseSummary(caseId, provinceCode + "-2026-" + caseId.substring(caseId.length() - 6), provinceCode,
				communeCode, "HOTLINE_111", receivedAt, IntakeSamples.neighbour(), null, children, null, status,
				receivedAt.plusSeconds(600), recordedBy, "COMMUNE_OFFICER", assignedTo,
				childNames.stream().map(NameFolding::fold).toList(), NameFolding.tokens(childNames), deadlines,
				List.of(), null, List.of(), null, List.of(), null);
	}

	/**
	 * @param count how many cases
	 * @param communes how many communes of the province they spread over
	 * @param now the benchmark's now: about one case in twenty has an overdue deadline
	 */
	static List<CaseSummary> province(String provinceCode, int count, int communes, Instant now, long seed) {
		Random random = new Random(seed);
		List<CaseSummary> cases = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Instant receivedAt = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
			int children = 1 + ((random.nextInt(4) == 0) ? random.nextInt(3) : 0);
			List<String> names = new ArrayList<>();
			String family = pick(random, FAMILY);
			for (int c = 0; c < children; c++) {
				names.add(family + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN));
			}
			String officer = "officer-" + random.nextInt(communes * 2);
			List<Deadline> deadlines = (random.nextInt(20) == 0)
					? List.of(new Deadline("EMERGENCY_12H", now.minus(Duration.ofHours(1 + random.nextInt(48))), null,
							null))
					: List.of(new Deadline("PLAN_DRAFTING", receivedAt.plus(Duration.ofDays(7)),
							receivedAt.plus(Duration.ofDays(3)), null));
			cases
				.add(summary("case-%08d".formatted(i), provinceCode, "%05d".formatted(30000 + random.nextInt(communes)),
						receivedAt, names, officer, officer, "REPORT_RECEIVED", deadlines));
		}
		return cases;
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
