package org.kinbridge.cases.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A collaborator on the commune's roster with every change to their service, kept by
 * {@link RosterProjection}.
 *
 * @param userId the token subject of their own account, or {@code null}
 * @param lastDay the last day of service once it ended
 * @param status {@code ACTIVE} or {@code ENDED}
 * @param changes who changed what and why, oldest first
 */
@Document("collaborators")
public record CollaboratorView(@Id String collaboratorId, String provinceCode, String communeCode, String fullName,
		String phone, String userId, List<String> hamletCodes, LocalDate activeFrom, LocalDate activeUntil,
		LocalDate lastDay, String status, List<Change> changes) {

	public static final String ACTIVE = "ACTIVE";

	public static final String ENDED = "ENDED";

	public CollaboratorView {
		hamletCodes = (hamletCodes != null) ? hamletCodes : List.of();
		changes = (changes != null) ? changes : List.of();
	}

	public boolean isActive() {
		return ACTIVE.equals(this.status);
	}

	public boolean covers(String hamletCode) {
		return this.hamletCodes.contains(hamletCode);
	}

	/**
	 * @param change {@code ENLISTED}, {@code COVERAGE_CHANGED} or {@code SERVICE_ENDED}
	 * @param hamletCodes the hamlets covered after the change
	 */
	public record Change(String change, List<String> hamletCodes, String reason, Instant at, String by, String role) {
	}

}
