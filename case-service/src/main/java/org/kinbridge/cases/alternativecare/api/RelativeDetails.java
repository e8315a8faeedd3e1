package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

/**
 * A relative of the children of the case, as the officer lists and assesses them for
 * kinship care (Circular 14/2020 Art. 10 cl. 3). Name and phone never leave case-service.
 *
 * @param provinceCode where the relative lives
 * @param communeCode the commune where they live, {@code null} when not known
 * @param conditionsAssessment the officer's assessment of the relative's conditions to
 * care for the child
 * @param notifiedOn when the relative was told of the child's situation and asked to come
 * forward, {@code null} until then
 * @param notifiedBy who told them
 * @param caregiverId the relative's caregiver id in family-service, once registered
 */
public record RelativeDetails(String fullName, RelativeRelation relation, String phone, String provinceCode,
		String communeCode, String conditionsAssessment, LocalDate notifiedOn, String notifiedBy,
		RelativeResponse response, String caregiverId) {
}
