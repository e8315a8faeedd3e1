package org.kinbridge.cases.integration;

/**
 * Where a case was when one of its events was stored: the province that owned it and the
 * commune that handled it. Most case events do not repeat it, and it changes with each
 * handover, so the answer depends on the event's place in the case's stream.
 */
@FunctionalInterface
interface CaseLocations {

	/**
	 * @param caseId the case
	 * @param sequenceNumber the event's sequence number in the case's stream
	 * @return the owner when that event was stored
	 */
	Location of(String caseId, long sequenceNumber);

	/**
	 * @param provinceCode the province that owned the case
	 * @param communeCode the commune that handled it
	 */
	record Location(String provinceCode, String communeCode) {
	}

}
