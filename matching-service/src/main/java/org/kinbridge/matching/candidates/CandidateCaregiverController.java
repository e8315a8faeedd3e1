package org.kinbridge.matching.candidates;

import java.util.List;

import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caregivers matching knows of, in the caller's province (and commune, for commune
 * roles).
 */
@RestController
@RequestMapping("/api/matching/caregivers")
public class CandidateCaregiverController {

	private final MongoTemplate mongo;

	private final TenantGuard tenant;

	public CandidateCaregiverController(MongoTemplate mongo, TenantGuard tenant) {
		this.mongo = mongo;
		this.tenant = tenant;
	}

	@GetMapping
	public List<CandidateCaregiver> list() {
		Actor actor = this.tenant.requireAnyRole(Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
				Role.AUDITOR);
		Criteria criteria = Criteria.where("provinceCode").is(actor.province().value());
		if (!actor.isProvinceWide()) {
			criteria = criteria.and("communeCode").is(actor.commune().value());
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("registeredAt")), CandidateCaregiver.class);
	}

}
