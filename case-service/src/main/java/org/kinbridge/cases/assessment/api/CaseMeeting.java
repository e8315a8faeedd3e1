package org.kinbridge.cases.assessment.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The case meeting that decides the child's support needs (Decree 56/2017 Art. 27), as
 * its record (biên bản cuộc họp) states it.
 */
public record CaseMeeting(LocalDate heldOn, List<Participant> participants, String conclusions) {

	/**
	 * Someone who took part, and in which capacity (agency, parent, residential area).
	 */
	public record Participant(String name, String capacity) {
	}

}
