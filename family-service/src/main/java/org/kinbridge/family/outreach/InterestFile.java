package org.kinbridge.family.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kinbridge.family.outreach.api.InterestState;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An interested person as {@link OutreachProjection} keeps it; readers get
 * {@link InterestView}.
 */
@Document(InterestFile.COLLECTION)
class InterestFile {

	static final String COLLECTION = "outreach_interests";

	@Id
	String interestId;

	/** The sequence number of the last event applied, so that a redelivery is skipped. */
	long version = -1;

	String provinceCode;

	String communeCode;

	String fullName;

	String phone;

	String sourceSessionId;

	String note;

	InterestState state;

	LocalDate interestedOn;

	String recordedBy;

	Instant recordedAt;

	List<InterestView.FollowUp> followUps = new ArrayList<>();

	String caregiverId;

	LocalDate registeredOn;

	String declinedReason;

	LocalDate declinedOn;

	Instant updatedAt;

	InterestView view() {
		return new InterestView(this.interestId, this.provinceCode, this.communeCode, this.fullName, this.phone,
				this.sourceSessionId, this.note, this.state, this.interestedOn, this.recordedBy, this.recordedAt,
				this.followUps, this.caregiverId, this.registeredOn, this.declinedReason, this.declinedOn);
	}

}
