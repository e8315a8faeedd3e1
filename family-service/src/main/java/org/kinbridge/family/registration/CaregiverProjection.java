package org.kinbridge.family.registration;

import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.kinbridge.family.registration.api.CareType;
import org.kinbridge.family.registration.api.CaregiverRegistered;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the caregiver files that officers list and open. Replaying the events rebuilds
 * it; a redelivered event overwrites the same document, so handling is idempotent.
 */
@Component
@ProcessingGroup("caregiver-files")
public class CaregiverProjection {

	private final MongoTemplate mongo;

	public CaregiverProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventHandler
	void on(CaregiverRegistered event) {
		this.mongo.save(new CaregiverView(event.caregiverId(), event.provinceCode(), event.communeCode(),
				event.applicant().fullName(), event.applicant().dateOfBirth(), event.applicant().sex().name(),
				event.careTypes().stream().map(CareType::name).toList(), event.capacity(), event.languages(),
				event.ethnicity(), event.religion(), event.phone(), "REGISTERED", event.registeredAt(),
				event.registeredBy()));
	}

	public Optional<CaregiverView> find(String caregiverId) {
		return Optional.ofNullable(this.mongo.findById(caregiverId, CaregiverView.class));
	}

	/**
	 * The caregivers of a province, or of one commune when {@code communeCode} is given.
	 */
	public List<CaregiverView> list(String provinceCode, String communeCode) {
		Criteria criteria = Criteria.where("provinceCode").is(provinceCode);
		if (communeCode != null) {
			criteria = criteria.and("communeCode").is(communeCode);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("registeredAt")), CaregiverView.class);
	}

}
