package org.kinbridge.cases.survey;

import java.time.Instant;

import org.kinbridge.cases.survey.api.HamletKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A hamlet as the commune's list shows it, kept by {@link RosterProjection}.
 *
 * @param id the commune code and the hamlet code, {@code 30406:PHU_HUNG}
 * @param status {@code ACTIVE} or {@code RETIRED}
 */
@Document("hamlets")
public record HamletView(@Id String id, String provinceCode, String communeCode, String code, String name,
		HamletKind kind, String status, Instant addedAt, String addedBy, Instant retiredAt, String retiredBy,
		String retiredReason) {

	public static final String ACTIVE = "ACTIVE";

	public static final String RETIRED = "RETIRED";

	static String idOf(String communeCode, String hamletCode) {
		return communeCode + ":" + hamletCode;
	}

	public boolean isActive() {
		return ACTIVE.equals(this.status);
	}

}
