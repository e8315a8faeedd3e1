package org.kinbridge.family.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.reading.QuarterlyRegisterEntry;
import org.kinbridge.family.reading.RegisterEntry;
import org.kinbridge.platform.export.ExportTable;

/**
 * The commune register as export tables for the platform's CSV and PDF writers: the
 * register as it stands, with Vietnamese and English column names for spreadsheets, and
 * the quarterly report to the province (danh sách gửi Ủy ban nhân dân cấp tỉnh), a
 * document to print and sign, in Vietnamese.
 */
public final class RegisterExports {

	/** The title of the list the commune keeps (Decree 56/2017). */
	public static final String TITLE = "Danh sách cá nhân, gia đình đăng ký nhận chăm sóc thay thế";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

	private static final Map<String, String> SEXES = Map.of("FEMALE", "Nữ", "MALE", "Nam");

	private static final Map<String, String> CARE_TYPES = Map.of("KINSHIP", "Người thân thích", "NON_RELATIVE",
			"Không phải người thân thích", "EMERGENCY", "Khẩn cấp", "RESPITE", "Tạm thời");

	private static final Map<String, String> STATUSES = Map.of("ELIGIBLE", "Đủ điều kiện", "SUSPENDED",
			"Tạm dừng nhận trẻ", "REMOVED", "Đã đưa ra khỏi danh sách");

	private static final Map<String, String> CHANGES = Map.of("ADDED", "Thêm mới", "SUSPENDED", "Tạm dừng",
			"REINSTATED", "Khôi phục", "REMOVED", "Đưa ra khỏi danh sách");

	private static final List<Column<RegisterEntry>> REGISTER_COLUMNS = List.of(
			new Column<>("Mã người nhận CSTT / Caregiver ID", RegisterEntry::caregiverId),
			new Column<>("Mã tỉnh / Province", RegisterEntry::provinceCode),
			new Column<>("Mã xã, phường / Commune", RegisterEntry::communeCode),
			new Column<>("Tình trạng / Status", RegisterEntry::status),
			new Column<>("Họ và tên người đăng ký / Applicant", RegisterEntry::applicantName),
			new Column<>("Người cùng đăng ký / Co-applicant", RegisterEntry::coApplicantName),
			new Column<>("Ngày sinh / Date of birth", entry -> iso(entry.dateOfBirth())),
			new Column<>("Giới tính / Sex", RegisterEntry::sex),
			new Column<>("Địa chỉ / Address", RegisterEntry::addressLine),
			new Column<>("Điện thoại / Phone", RegisterEntry::phone),
			new Column<>("Hình thức chăm sóc / Care types", entry -> String.join("; ", entry.careTypes())),
			new Column<>("Hồ sơ trẻ (người thân thích) / Kinship case", RegisterEntry::kinCaseId),
			new Column<>("Số trẻ nhận tối đa / Capacity", entry -> Integer.toString(entry.capacity())),
			new Column<>("Số trẻ đang chăm sóc / Placed", entry -> Integer.toString(entry.placed())),
			new Column<>("Số chỗ còn trống / Free", entry -> Integer.toString(entry.free())),
			new Column<>("Ngôn ngữ / Languages", entry -> String.join("; ", entry.languages())),
			new Column<>("Dân tộc / Ethnicity", RegisterEntry::ethnicity),
			new Column<>("Tôn giáo / Religion", RegisterEntry::religion),
			new Column<>("Số người trong hộ / Household size", entry -> Integer.toString(entry.householdSize())),
			new Column<>("Đủ điều kiện từ ngày / Eligible since", entry -> iso(entry.eligibleSince())),
			new Column<>("Số quyết định / Decision number", RegisterEntry::decisionNumber),
			new Column<>("Giấy tờ sớm hết hạn nhất / Next evidence expiry", entry -> iso(entry.nextEvidenceExpiry())));

	private static final Column<QuarterlyRegisterEntry> QUARTERLY_ID = new Column<>("Mã người nhận CSTT",
			QuarterlyRegisterEntry::caregiverId);

	private static final List<Column<QuarterlyRegisterEntry>> QUARTERLY_COLUMNS = List.of(
			new Column<>("Họ và tên người đăng ký", QuarterlyRegisterEntry::applicantName),
			new Column<>("Người cùng đăng ký", QuarterlyRegisterEntry::coApplicantName),
			new Column<>("Ngày sinh", entry -> day(entry.dateOfBirth())),
			new Column<>("Giới tính", entry -> label(SEXES, entry.sex())),
			new Column<>("Địa chỉ", QuarterlyRegisterEntry::addressLine),
			new Column<>("Hình thức chăm sóc",
					entry -> String.join("; ",
							entry.careTypes().stream().map(type -> label(CARE_TYPES, type)).toList())),
			new Column<>("Số trẻ nhận tối đa", entry -> Integer.toString(entry.capacity())),
			new Column<>("Đủ điều kiện từ ngày", entry -> day(entry.eligibleSince())),
			new Column<>("Số quyết định", QuarterlyRegisterEntry::decisionNumber),
			new Column<>("Tình trạng cuối kỳ", entry -> label(STATUSES, entry.statusAtEnd())),
			new Column<>("Thay đổi trong quý", RegisterExports::changes));

	private RegisterExports() {
	}

	/**
	 * The register as it stands, one caregiver a row.
	 * @param headerLines where and when, printed above the table in a PDF
	 */
	public static ExportTable register(List<RegisterEntry> entries, List<String> headerLines, String footer) {
		return new ExportTable(TITLE, headerLines, REGISTER_COLUMNS.stream().map(Column::name).toList(),
				entries.stream().map(entry -> cells(REGISTER_COLUMNS, entry)).toList(), footer);
	}

	/**
	 * The quarterly report: everyone on the register at the end of the quarter and
	 * everyone whose place on it changed during the quarter, numbered.
	 * @param withIds whether to add the caregiver ids, which a spreadsheet needs to
	 * follow a caregiver from quarter to quarter, but which only crowd a printed page
	 */
	public static ExportTable quarterly(QuarterlyRegister report, boolean withIds) {
		List<Column<QuarterlyRegisterEntry>> shown = new ArrayList<>();
		if (withIds) {
			shown.add(QUARTERLY_ID);
		}
		shown.addAll(QUARTERLY_COLUMNS);
		List<String> columns = new ArrayList<>();
		columns.add("STT");
		shown.forEach(column -> columns.add(column.name()));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < report.entries().size(); i++) {
			List<String> row = new ArrayList<>();
			row.add(Integer.toString(i + 1));
			row.addAll(cells(shown, report.entries().get(i)));
			rows.add(row);
		}
		QuarterlyRegister.Counts counts = report.counts();
		List<String> headerLines = List.of(report.provinceName() + " (mã " + report.provinceCode() + ")",
				report.communeName() + " (mã " + report.communeCode() + ")", "Quý " + report.quarter() + "/"
						+ report.year() + " (từ " + day(report.from()) + " đến " + day(report.to()) + ")",
				"Tính đến ngày " + day(report.asOf()),
				"Đủ điều kiện: " + counts.eligible() + "; tạm dừng nhận trẻ: " + counts.suspended()
						+ ". Trong quý: thêm mới " + counts.added() + ", tạm dừng " + counts.suspendedInQuarter()
						+ ", khôi phục " + counts.reinstated() + ", đưa ra khỏi danh sách " + counts.removed() + ".");
		return new ExportTable(TITLE, headerLines, columns, rows,
				preparedBy(report.preparedBy(), report.preparedByRole(), report.preparedAt()));
	}

	/**
	 * @return "Người lập: … — lập lúc 10:00 ngày 28/11/2026"
	 */
	public static String preparedBy(String name, String role, Instant at) {
		return "Người lập: " + name + " (" + role + ") — lập lúc " + TIME.format(at.atZone(Acting.VIETNAM));
	}

	/** A date as a person in Vietnam writes it. */
	public static String day(LocalDate date) {
		return (date != null) ? DAY.format(date) : null;
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String changes(QuarterlyRegisterEntry entry) {
		return String.join("; ",
				entry.changes()
					.stream()
					.map(change -> label(CHANGES, change.kind()) + " " + day(change.on()))
					.toList());
	}

	private static String label(Map<String, String> labels, String code) {
		return (code != null) ? labels.getOrDefault(code, code) : null;
	}

	private static <T> List<String> cells(List<Column<T>> columns, T entry) {
		return columns.stream().map(column -> column.value().apply(entry)).toList();
	}

	private record Column<T>(String name, Function<T, String> value) {
	}

}
