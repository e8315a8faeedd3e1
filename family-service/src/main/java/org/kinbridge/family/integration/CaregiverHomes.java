package org.kinbridge.family.integration;

/**
 * Where a caregiver lives, for the public events whose internal event does not repeat it.
 * A caregiver's province and commune are those of the registration: one who moves away
 * leaves the register instead.
 */
@FunctionalInterface
interface CaregiverHomes {

	Home of(String caregiverId);

	/**
	 * @param provinceCode the tenant
	 * @param communeCode the commune where the caregiver lives
	 */
	record Home(String provinceCode, String communeCode) {
	}

}
