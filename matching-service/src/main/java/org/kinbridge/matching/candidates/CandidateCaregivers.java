package org.kinbridge.matching.candidates;

import java.util.Optional;

/**
 * Matching's view of caregivers, for the placement process and the shortlist. Every
 * lookup names the caller's province, so another province's caregiver is never found.
 */
public interface CandidateCaregivers {

	/**
	 * @param provinceCode the caller's province
	 * @param caregiverId the caregiver
	 * @return the caregiver, if matching knows it in that province
	 */
	Optional<CandidateCaregiver> find(String provinceCode, String caregiverId);

}
