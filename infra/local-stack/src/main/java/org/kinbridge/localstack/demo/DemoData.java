package org.kinbridge.localstack.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.kinbridge.localstack.jwt.DemoUser;

/**
 * The An Giang pilot's demo content: caregivers of xã Phú Tân from the province's main
 * communities (Kinh, Khmer, Hoa, Cham) and intake reports, some about siblings; plus one
 * caregiver and one report in phường Sài Gòn to show that provinces do not see each
 * other. All people are invented, and so are the hamlets of xã Phú Tân and their
 * collaborators.
 */
public final class DemoData {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private DemoData() {
	}

	public static List<Caregiver> anGiangCaregivers() {
		String commune = DemoUser.PHU_TAN;
		return List.of(
				new Caregiver(new Applicant("Nguyễn Thị Thu Hà", "1979-04-12", "FEMALE"), commune,
						List.of("KINSHIP", "NON_RELATIVE"), 2, List.of("vi"), "KINH", "HOA_HAO", "0912 345 601"),
				new Caregiver(new Applicant("Trần Văn Lộc", "1974-09-03", "MALE"), commune,
						List.of("NON_RELATIVE", "EMERGENCY"), 3, List.of("vi"), "KINH", "HOA_HAO", "0913 482 207"),
				new Caregiver(new Applicant("Lê Thị Kim Phượng", "1986-01-20", "FEMALE"), commune,
						List.of("EMERGENCY", "RESPITE"), 1, List.of("vi"), "KINH", "NONE", "0918 770 154"),
				new Caregiver(new Applicant("Néang Sô Phi", "1982-07-15", "FEMALE"), commune, List.of("KINSHIP"), 2,
						List.of("vi", "km"), "KHMER", "BUDDHISM", "0987 221 093"),
				new Caregiver(new Applicant("Chau Ty", "1977-11-02", "MALE"), commune, List.of("NON_RELATIVE"), 2,
						List.of("km", "vi"), "KHMER", "BUDDHISM", "0976 105 388"),
				new Caregiver(new Applicant("Sa Ly Ma", "1984-03-09", "FEMALE"), commune,
						List.of("KINSHIP", "EMERGENCY"), 2, List.of("vi", "cja"), "CHAM", "ISLAM", "0939 614 502"),
				new Caregiver(new Applicant("Lâm Ngọc Anh", "1980-05-25", "FEMALE"), commune,
						List.of("NON_RELATIVE", "RESPITE"), 1, List.of("vi", "zh"), "HOA", "BUDDHISM", "0908 337 916"),
				new Caregiver(new Applicant("Phạm Văn Tâm", "1970-12-30", "MALE"), commune, List.of("KINSHIP"), 2,
						List.of("vi"), "KINH", "CATHOLIC", "0915 808 472"));
	}

	public static List<Report> anGiangReports(Clock clock) {
		String commune = DemoUser.PHU_TAN;
		return List.of(
				new Report("HOTLINE_111", daysAgo(clock, 9, 8, 30), Reporter.ANONYMOUS, commune,
						"Hai anh em ở nhà một mình nhiều ngày; mẹ đi làm ăn xa ở Bình Dương, cha không rõ tung tích.",
						List.of(Child.born("Nguyễn Văn An", "MALE", "2016-03-02", "NEGLECT_OR_ABANDONMENT"),
								Child.aged("Nguyễn Thị Bình", "FEMALE", 6, "NEGLECT_OR_ABANDONMENT"))),
				new Report("COLLABORATOR_SURVEY", daysAgo(clock, 7, 14, 0),
						new Reporter(false, "Võ Thị Lệ", "0913 222 410"), commune,
						"Em nghỉ học, phụ việc ở lò gạch từ sáng đến tối.",
						List.of(Child.aged("Chau Sóc Pha", "MALE", 12, "EXPLOITATION"))),
				new Report("SCHOOL", daysAgo(clock, 5, 10, 15), new Reporter(false, "Trường Tiểu học Phú Tân", null),
						commune, "Giáo viên thấy vết bầm trên tay hai em; các em kể bị đánh khi người lớn say rượu.",
						List.of(Child.born("Néang Thi Đa", "FEMALE", "2014-10-05", "VIOLENCE"),
								Child.born("Chau Sa Rây", "MALE", "2017-02-14", "VIOLENCE"))),
				new Report("POLICE", daysAgo(clock, 3, 16, 45), new Reporter(false, "Công an xã Phú Tân", null),
						commune, "Em bị rủ sang Campuchia làm việc; gia đình đã đưa em về, cần hỗ trợ.",
						List.of(Child.born("Trần Thị Mỹ Duyên", "FEMALE", "2010-06-21", "TRAFFICKING"))),
				new Report("COMMUNE_OFFICE", daysAgo(clock, 1, 9, 0), new Reporter(false, "Huỳnh Thị Sen", null),
						commune,
						"Bà ngoại 78 tuổi xin hỗ trợ: mẹ bé đã mất, cha đang chấp hành án, bà không còn sức chăm sóc.",
						List.of(Child.aged("Lê Hoàng Phúc", "MALE", 3, "NEGLECT_OR_ABANDONMENT"))));
	}

	/** Invented names in the style of the commune's ấp and khóm. */
	public static List<Hamlet> phuTanHamlets() {
		return List.of(new Hamlet("PHU_HUNG", "ấp Phú Hưng", "AP"), new Hamlet("PHU_THANH", "ấp Phú Thạnh", "AP"),
				new Hamlet("TRUNG_THANH", "khóm Trung Thạnh", "KHOM"), new Hamlet("TAN_HOA", "ấp Tân Hòa", "AP"));
	}

	/**
	 * Two collaborators, serving since the start of the year; the first signs in as
	 * {@code collab.phutan}.
	 */
	public static List<Collaborator> phuTanCollaborators(Clock clock) {
		String activeFrom = LocalDate.now(clock.withZone(VIETNAM)).withDayOfYear(1).toString();
		return List.of(
				new Collaborator("Võ Thị Lệ", "0913 222 410", "collab.phutan", List.of("PHU_HUNG", "PHU_THANH"),
						activeFrom),
				new Collaborator("Lý Văn Sang", "0917 460 382", null, List.of("TRUNG_THANH", "TAN_HOA"), activeFrom));
	}

	public static List<Caregiver> saigonCaregivers() {
		return List.of(new Caregiver(new Applicant("Đặng Minh Khoa", "1983-08-18", "MALE"), DemoUser.SAI_GON,
				List.of("NON_RELATIVE", "EMERGENCY"), 2, List.of("vi", "en"), "KINH", "NONE", "0903 456 120"));
	}

	public static List<Report> saigonReports(Clock clock) {
		return List.of(new Report("CHILD_OR_FAMILY", daysAgo(clock, 2, 19, 20), Reporter.ANONYMOUS, DemoUser.SAI_GON,
				"Em tự đến trụ sở phường xin giúp đỡ sau khi bỏ nhà đi.",
				List.of(Child.born("Phan Gia Huy", "MALE", "2013-01-11", "OTHER"))));
	}

	private static String daysAgo(Clock clock, int days, int hour, int minute) {
		OffsetDateTime now = OffsetDateTime.now(clock.withZone(VIETNAM)).truncatedTo(ChronoUnit.MINUTES);
		OffsetDateTime at = now.minus(Duration.ofDays(days)).withHour(hour).withMinute(minute);
		return at.toString();
	}

	/** Body of {@code POST /api/families/caregivers} (Form 08). */
	public record Caregiver(Applicant applicant, String communeCode, List<String> careTypes, int capacity,
			List<String> languages, String ethnicity, String religion, String phone) {
	}

	/** Body of {@code POST /api/cases/communes/{communeCode}/hamlets}. */
	public record Hamlet(String code, String name, String kind) {
	}

	/** Body of {@code POST /api/cases/communes/{communeCode}/collaborators}. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Collaborator(String fullName, String phone, String userId, List<String> hamletCodes,
			String activeFrom) {
	}

	public record Applicant(String fullName, String dateOfBirth, String sex) {
	}

	/** Body of {@code POST /api/cases/reports} (Form 01). */
	public record Report(String channel, String receivedAt, Reporter reporter, String communeCode, String summary,
			List<Child> children) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Reporter(boolean anonymous, String name, String phone) {

		static final Reporter ANONYMOUS = new Reporter(true, null, null);

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Child(String fullName, String sex, String dateOfBirth, Integer estimatedAge, List<String> concerns) {

		static Child born(String fullName, String sex, String dateOfBirth, String concern) {
			return new Child(fullName, sex, dateOfBirth, null, List.of(concern));
		}

		static Child aged(String fullName, String sex, int estimatedAge, String concern) {
			return new Child(fullName, sex, null, estimatedAge, List.of(concern));
		}

	}

}
