package org.kinbridge.family.reading;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of the commune register (danh sách đăng ký nhận chăm sóc thay thế): an eligible
 * or suspended caregiver as the commune reports it to the province.
 *
 * @param kinCaseId the case of the named child of a kinship registration, or {@code null}
 */
public record RegisterEntry(String caregiverId, String provinceCode, String communeCode, String status,
		String applicantName, String coApplicantName, LocalDate dateOfBirth, String sex, String addressLine,
		String phone, List<String> careTypes, String kinCaseId, int capacity, int placed, int free,
		List<String> languages, String ethnicity, String religion, int householdSize, LocalDate eligibleSince,
		String decisionNumber, LocalDate nextEvidenceExpiry) {
}
