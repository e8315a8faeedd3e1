package org.kinbridge.family.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.family.registration.api.Address;
import org.kinbridge.family.registration.api.Contact;
import org.kinbridge.family.registration.api.HouseholdMember;
import org.kinbridge.family.registration.api.KinshipLink;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.Preferences;

/**
 * A caregiver's whole file as an officer opens it: the registration, where it stands, its
 * places, today's checklist, and the history of vetting checks, sessions and decisions.
 *
 * @param checklist the checks the household needs, judged today
 * @param checks every check ever recorded, oldest first, superseded ones included
 * @param reverification checks a household change made doubtful, until recorded again
 */
public record CaregiverFileView(String caregiverId, String provinceCode, String communeCode, String status,
		String procedure, Address address, Person applicant, Person coApplicant, List<HouseholdMember> household,
		Contact contact, List<String> careTypes, KinshipLink kinship, int capacity, int placed, int free,
		List<String> placements, Preferences preferences, List<String> languages, String ethnicity, String religion,
		Instant registeredAt, String registeredBy, LocalDate eligibleSince, String decisionNumber,
		List<ChecklistItem> checklist, List<CheckEntry> checks, List<PendingReverification> reverification,
		List<SessionEntry> sessions, List<HistoryEntry> history) {
}
