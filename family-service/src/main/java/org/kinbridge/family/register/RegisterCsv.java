package org.kinbridge.family.register;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.kinbridge.family.reading.RegisterEntry;

/**
 * Writes the commune register as CSV (RFC 4180) that Excel opens correctly: UTF-8 with a
 * byte-order mark so Vietnamese letters survive, headers in Vietnamese and English, CRLF
 * line ends. Cells that a spreadsheet would run as a formula are defused with a leading
 * apostrophe.
 */
public final class RegisterCsv {

	private static final String BOM = "\uFEFF";

	private static final String CRLF = "\r\n";

	private static final List<Column> COLUMNS = List.of(
			new Column("Mã người nhận CSTT", "Caregiver ID", RegisterEntry::caregiverId),
			new Column("Mã tỉnh", "Province", RegisterEntry::provinceCode),
			new Column("Mã xã, phường", "Commune", RegisterEntry::communeCode),
			new Column("Tình trạng", "Status", RegisterEntry::status),
			new Column("Họ và tên người đăng ký", "Applicant", RegisterEntry::applicantName),
			new Column("Người cùng đăng ký", "Co-applicant", RegisterEntry::coApplicantName),
			new Column("Ngày sinh", "Date of birth", entry -> date(entry.dateOfBirth())),
			new Column("Giới tính", "Sex", RegisterEntry::sex),
			new Column("Địa chỉ", "Address", RegisterEntry::addressLine),
			new Column("Điện thoại", "Phone", RegisterEntry::phone),
			new Column("Hình thức chăm sóc", "Care types", entry -> String.join("; ", entry.careTypes())),
			new Column("Hồ sơ trẻ (người thân thích)", "Kinship case", RegisterEntry::kinCaseId),
			new Column("Số trẻ nhận tối đa", "Capacity", entry -> Integer.toString(entry.capacity())),
			new Column("Số trẻ đang chăm sóc", "Placed", entry -> Integer.toString(entry.placed())),
			new Column("Số chỗ còn trống", "Free", entry -> Integer.toString(entry.free())),
			new Column("Ngôn ngữ", "Languages", entry -> String.join("; ", entry.languages())),
			new Column("Dân tộc", "Ethnicity", RegisterEntry::ethnicity),
			new Column("Tôn giáo", "Religion", RegisterEntry::religion),
			new Column("Số người trong hộ", "Household size", entry -> Integer.toString(entry.householdSize())),
			new Column("Đủ điều kiện từ ngày", "Eligible since", entry -> date(entry.eligibleSince())),
			new Column("Số quyết định", "Decision number", RegisterEntry::decisionNumber),
			new Column("Giấy tờ sớm hết hạn nhất", "Next evidence expiry", entry -> date(entry.nextEvidenceExpiry())));

	private RegisterCsv() {
	}

	/**
	 * @return the register as the bytes of a CSV file
	 */
	public static byte[] write(List<RegisterEntry> entries) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, COLUMNS.stream().map(column -> column.vietnamese() + " / " + column.english()).toList());
		for (RegisterEntry entry : entries) {
			line(csv, COLUMNS.stream().map(column -> column.value().apply(entry)).toList());
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append(CRLF);
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = value;
		if ("=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			// A spreadsheet runs such a cell as a formula (CSV injection).
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
				|| !text.equals(text.strip())) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private record Column(String vietnamese, String english, Function<RegisterEntry, String> value) {
	}

}
