package org.kinbridge.matching.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinbridge.matching.ViewSamples.caregiver;
import static org.kinbridge.matching.ViewSamples.need;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.matching.InMemoryMongo;
import org.kinbridge.matching.ViewSamples;
import org.kinbridge.matching.access.ReadSubjects;
import org.kinbridge.matching.candidates.CandidateCaregiver;
import org.kinbridge.matching.candidates.CandidateCaregiverQueries;
import org.kinbridge.matching.candidates.CandidateState;
import org.kinbridge.matching.children.WaitingChildQueries;
import org.kinbridge.matching.children.WaitingState;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.CurrentActor;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.testkit.MutableClock;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Stored shortlists against changes of configuration: a shortlist keeps the rule set it
 * was made with and recomputes identically from its stored inputs, whatever the
 * province's rules became; the same inputs give the same shortlist.
 */
class ShortlistServiceTest {

	private MongoTemplate mongo;

	private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-10T02:00:00Z"));

	@BeforeEach
	void world() {
		this.mongo = InMemoryMongo.freshDatabase("shortlists");
		this.mongo.save(caregiver("cg-gran", "91", "30406", "case-91", CandidateState.ELIGIBLE, "1955-02-01"));
		this.mongo.save(caregiver("cg-b", "91", "30406", null, CandidateState.ELIGIBLE, "1978-04-04"));
		this.mongo.save(caregiver("cg-c", "91", "30410", null, CandidateState.ELIGIBLE, "1980-01-01"));
		this.mongo.save(need("need-91", "case-91", "91", "30406", WaitingState.WAITING));
	}

	@Test
	void aChangeOfConfigurationNeverChangesAStoredShortlist() {
		ShortlistService before = service(new MatchingRulesProperties(Map.of()));
		Shortlist made = before.create("need-91", new ShortlistRequest(null, null));

		ShortlistService after = service(
				new MatchingRulesProperties(Map.of("91",
						new MatchingRulesProperties.RuleSetSettings("2026-2", 5,
								new MatchingRulesProperties.WeightSettings(null, null, 80, null, null, null, null, null,
										null, null)))));
		Recomputation recomputed = after.recompute("need-91", made.id());
		assertThat(recomputed.identical()).isTrue();
		assertThat(recomputed.ruleSetVersion()).isEqualTo("2026-1");
		assertThat(after.get("need-91", made.id()).ruleSet().weights().ethnicity()).isEqualTo(40);

		Shortlist remade = after.create("need-91", new ShortlistRequest(null, null));
		assertThat(remade.ruleSet().id()).isEqualTo("kinbridge.matching.rules.91");
		assertThat(remade.ruleSet().version()).isEqualTo("2026-2");
		assertThat(remade.ruleSet().weights().ethnicity()).isEqualTo(80);
		assertThat(remade.ruleSet().shortlistLength()).isEqualTo(5);
		assertThat(remade.inputsDigest()).isNotEqualTo(made.inputsDigest());
	}

	@Test
	void theSameInputsGiveTheSameShortlist() {
		ShortlistService shortlists = service(new MatchingRulesProperties(Map.of()));
		Shortlist first = shortlists.create("need-91", new ShortlistRequest(null, null));
		Shortlist second = shortlists.create("need-91", new ShortlistRequest(null, null));

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.inputsDigest()).isEqualTo(first.inputsDigest());
		assertThat(second.ranking()).isEqualTo(first.ranking());
		assertThat(shortlists.get("need-91", first.id())).isEqualTo(first);
	}

	@Test
	void aProvinceOfManyCaregiversIsStoredInChunksAndStillRecomputesIdentically() {
		List<CandidateCaregiver> many = new ArrayList<>();
		for (int i = 0; i < 2_345; i++) {
			many.add(caregiver(String.format("cg-%05d", i), "91", (i % 2 == 0) ? "30406" : "30410", null,
					CandidateState.ELIGIBLE, "1970-01-01"));
		}
		this.mongo.insertAll(many);
		ShortlistService shortlists = service(new MatchingRulesProperties(Map.of()));
		Shortlist made = shortlists.create("need-91", new ShortlistRequest(null, null));

		assertThat(made.inputChunks()).isEqualTo(3);
		assertThat(made.ranking().considered()).isEqualTo(2_348);
		assertThat(made.ranking().candidates()).hasSize(20);
		assertThat(shortlists.recompute("need-91", made.id()).identical()).isTrue();
	}

	@Test
	void tamperedInputsNoLongerMatchTheirDigest() {
		ShortlistService shortlists = service(new MatchingRulesProperties(Map.of()));
		Shortlist made = shortlists.create("need-91", new ShortlistRequest(null, null));
		this.mongo.getCollection("shortlist_inputs")
			.updateOne(new org.bson.Document("shortlistId", made.id()),
					new org.bson.Document("$set", new org.bson.Document("caregivers.0.freeCapacity", 9)));

		Recomputation recomputed = shortlists.recompute("need-91", made.id());
		assertThat(recomputed.identical()).isFalse();
		assertThat(recomputed.inputsDigestMatches()).isFalse();
	}

	private ShortlistService service(MatchingRulesProperties properties) {
		Actor officer = new Actor("officer.phutan", "Officer", Set.of(Role.COMMUNE_OFFICER), ProvinceCode.of("91"),
				CommuneCode.of("30406"));
		CurrentActor current = new CurrentActor() {
			@Override
			public Optional<Actor> find() {
				return Optional.of(officer);
			}
		};
		return new ShortlistService(new WaitingChildQueries(this.mongo), new CandidateCaregiverQueries(this.mongo),
				new ShortlistRules(properties), new ShortlistStore(this.mongo), new TenantGuard(current), this.clock,
				new AccessLog(this.mongo, this.clock, ReadSubjects.WAITING_CHILD));
	}

}
