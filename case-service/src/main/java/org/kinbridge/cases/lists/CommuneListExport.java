package org.kinbridge.cases.lists;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.platform.export.ExportTable;

/**
 * A commune's list as the commune prints and files it: the Vietnamese title, the
 * province, the commune with its code and the day the list stands for, one line per child
 * and group, and who prepared it when.
 */
public final class CommuneListExport {

	static final List<String> COLUMNS = List.of("STT", "Số hồ sơ", "Họ và tên", "Giới tính", "Ngày sinh / tuổi",
			"Ấp/khóm", "Nhóm hoàn cảnh", "Nhóm nhỏ", "Từ ngày");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private CommuneListExport() {
	}

	/**
	 * @param provinceName the province as the register names it, such as
	 * {@code Tỉnh An Giang}
	 * @param preparedBy who asked for the export, by name
	 * @param preparedAt when
	 */
	public static ExportTable table(CommuneList list, String provinceName, String preparedBy, Instant preparedAt) {
		Map<String, String> names = new HashMap<>();
		for (CommuneList.GroupCount group : list.groups()) {
			names.put(group.group(), (group.name() != null) ? group.name() : group.group());
			group.subGroups()
				.stream()
				.filter((subGroup) -> subGroup.subGroup() != null)
				.forEach((subGroup) -> names.put(subGroup.subGroup(),
						(subGroup.name() != null) ? subGroup.name() : subGroup.subGroup()));
		}
		List<List<String>> rows = new ArrayList<>();
		for (CommuneList.ListedChild child : list.children()) {
			rows.add(List.of(Integer.toString(rows.size() + 1), child.caseNumber(), child.fullName(), sex(child.sex()),
					birth(child), (child.hamletName() != null) ? child.hamletName() : "",
					names.getOrDefault(child.group(), child.group()),
					(child.subGroup() != null) ? names.getOrDefault(child.subGroup(), child.subGroup()) : "",
					child.since().format(DAY)));
		}
		List<String> header = List.of(provinceName, list.communeName() + " (" + list.communeCode() + ")",
				"Tính đến ngày " + list.asOf().format(DAY), "Tổng số trẻ em: " + list.totalChildren());
		return new ExportTable(list.list().title(), header, COLUMNS, rows,
				"Người lập: " + preparedBy + ", lúc " + MOMENT.format(preparedAt));
	}

	/**
	 * @return the file name without extension
	 */
	public static String fileName(CommuneList list) {
		return list.list().title() + " - " + list.communeName() + " (" + list.communeCode() + ") - " + list.asOf();
	}

	private static String sex(Sex sex) {
		if (sex == null) {
			return "";
		}
		return switch (sex) {
			case MALE -> "Nam";
			case FEMALE -> "Nữ";
			case UNKNOWN -> "Không rõ";
		};
	}

	private static String birth(CommuneList.ListedChild child) {
		if (child.dateOfBirth() != null) {
			return child.dateOfBirth().format(DAY);
		}
		return (child.estimatedAge() != null) ? "khoảng " + child.estimatedAge() + " tuổi" : "";
	}

}
