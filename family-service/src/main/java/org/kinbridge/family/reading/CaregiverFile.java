package org.kinbridge.family.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kinbridge.family.registration.api.Address;
import org.kinbridge.family.registration.api.Contact;
import org.kinbridge.family.registration.api.HouseholdMember;
import org.kinbridge.family.registration.api.KinshipLink;
import org.kinbridge.family.registration.api.Person;
import org.kinbridge.family.registration.api.Preferences;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A caregiver's file as {@link CaregiverProjection} keeps it: the registration, where the
 * caregiver stands, its places, and the full history of vetting checks, sessions and
 * decisions. Only this package changes it; readers get {@link CaregiverFileView} and
 * {@link CaregiverSummary}.
 */
@Document(CaregiverFile.COLLECTION)
class CaregiverFile {

	static final String COLLECTION = "caregivers";

	@Id
	String caregiverId;

	/** The sequence number of the last event applied, so that a redelivery is skipped. */
	long version = -1;

	String provinceCode;

	String communeCode;

	String status;

	String procedure;

	Address address;

	Person applicant;

	Person coApplicant;

	List<HouseholdMember> household = new ArrayList<>();

	Contact contact;

	List<String> careTypes = new ArrayList<>();

	KinshipLink kinship;

	int capacity;

	List<String> placements = new ArrayList<>();

	Preferences preferences;

	List<String> languages = new ArrayList<>();

	String ethnicity;

	String religion;

	Instant registeredAt;

	String registeredBy;

	LocalDate eligibleSince;

	String decisionNumber;

	/** The earliest day on which a check in force stops holding, for the expiry list. */
	LocalDate nextEvidenceExpiry;

	List<CheckEntry> checks = new ArrayList<>();

	List<SessionEntry> sessions = new ArrayList<>();

	/** Checks a household change made doubtful, until recorded again. */
	List<PendingReverification> reverification = new ArrayList<>();

	List<HistoryEntry> history = new ArrayList<>();

	Instant updatedAt;

	int placed() {
		return this.placements.size();
	}

}
