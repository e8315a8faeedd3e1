package org.kinbridge.family.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinbridge.embedded.mongo.DurableMongoServer;
import org.kinbridge.family.caregiver.CaregiverSamples;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.decision.api.CaregiverFoundEligible;
import org.kinbridge.family.reading.QuarterlyRegisterEntry.Change;
import org.kinbridge.family.registration.api.CaregiverRegistered;
import org.kinbridge.family.standing.api.CaregiverReinstated;
import org.kinbridge.family.standing.api.CaregiverRemoved;
import org.kinbridge.family.standing.api.CaregiverSuspended;
import org.kinbridge.family.standing.api.RemovalReason;
import org.kinbridge.family.vetting.FamilyVettingProperties;
import org.kinbridge.family.vetting.VettingRules;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The register of xã Phú Tân over Quý 4/2026, judged on 28 November 2026 from the
 * caregiver files on a MongoDB wire server: who is on it at the end, and what changed
 * during the quarter.
 */
class QuarterlyRegisterIT {

	private static final String PHU_TAN = "30406";

	private static final LocalDate QUARTER_START = LocalDate.of(2026, 10, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static DurableMongoServer server;

	private static MongoClient client;

	private static List<QuarterlyRegisterEntry> entries;

	@BeforeAll
	static void fourMonthsOfTheRegister() {
		server = DurableMongoServer.inMemory();
		client = MongoClients.create(server.start("127.0.0.1", 0));
		MongoTemplate mongo = new MongoTemplate(client, "quarterly_register_it");
		CaregiverProjection projection = new CaregiverProjection(mongo);
		Caregivers on = new Caregivers(projection);
		on.eligible("cg-suspended", PHU_TAN, LocalDate.of(2026, 8, 10))
			.suspended("cg-suspended", LocalDate.of(2026, 11, 20));
		on.eligible("cg-added", PHU_TAN, LocalDate.of(2026, 10, 15));
		on.eligible("cg-removed", PHU_TAN, LocalDate.of(2026, 7, 5)).removed("cg-removed", LocalDate.of(2026, 10, 20));
		on.eligible("cg-unchanged", PHU_TAN, LocalDate.of(2026, 6, 1));
		on.eligible("cg-gone-before", PHU_TAN, LocalDate.of(2026, 8, 1))
			.removed("cg-gone-before", LocalDate.of(2026, 9, 1));
		on.eligible("cg-back", PHU_TAN, LocalDate.of(2026, 9, 1))
			.suspended("cg-back", LocalDate.of(2026, 10, 5))
			.reinstated("cg-back", LocalDate.of(2026, 11, 1));
		on.eligible("cg-later", PHU_TAN, LocalDate.of(2026, 12, 20));
		on.eligible("cg-cho-vam", "30409", LocalDate.of(2026, 10, 15));
		on.registered("cg-undecided", PHU_TAN, LocalDate.of(2026, 10, 2));
		entries = new CaregiverFiles(mongo, new VettingRules(new FamilyVettingProperties(Map.of())))
			.registerDuring("91", PHU_TAN, QUARTER_START, TODAY);
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.close();
	}

	@Test
	void listsWhoIsOnTheRegisterAtTheEndAndWhoseStandingChangedDuringTheQuarter() {
		assertThat(entries).extracting(QuarterlyRegisterEntry::caregiverId)
			.containsExactlyInAnyOrder("cg-suspended", "cg-added", "cg-removed", "cg-unchanged", "cg-back");
	}

	@Test
	void eachCaregiverCarriesItsStandingAtTheEndAndItsChangesOfTheQuarter() {
		assertThat(entry("cg-suspended").statusAtEnd()).isEqualTo("SUSPENDED");
		assertThat(entry("cg-suspended").changes())
			.containsExactly(new Change("SUSPENDED", LocalDate.of(2026, 11, 20)));
		assertThat(entry("cg-added").changes()).containsExactly(new Change("ADDED", LocalDate.of(2026, 10, 15)));
		assertThat(entry("cg-removed").statusAtEnd()).isEqualTo("REMOVED");
		assertThat(entry("cg-removed").changes()).containsExactly(new Change("REMOVED", LocalDate.of(2026, 10, 20)));
		assertThat(entry("cg-unchanged").statusAtEnd()).isEqualTo("ELIGIBLE");
		assertThat(entry("cg-unchanged").changes()).isEmpty();
		assertThat(entry("cg-back").statusAtEnd()).isEqualTo("ELIGIBLE");
		assertThat(entry("cg-back").changes()).containsExactly(new Change("SUSPENDED", LocalDate.of(2026, 10, 5)),
				new Change("REINSTATED", LocalDate.of(2026, 11, 1)));
	}

	@Test
	void aCaregiverIsJudgedAsItStoodOnTheLastDayCounted() {
		List<QuarterlyRegisterEntry> endOfOctober = new CaregiverFiles(
				new MongoTemplate(client, "quarterly_register_it"),
				new VettingRules(new FamilyVettingProperties(Map.of())))
			.registerDuring("91", PHU_TAN, QUARTER_START, LocalDate.of(2026, 10, 31));

		assertThat(endOfOctober).filteredOn(entry -> entry.caregiverId().equals("cg-back"))
			.singleElement()
			.satisfies(back -> assertThat(back.statusAtEnd()).isEqualTo("SUSPENDED"));
		assertThat(endOfOctober).filteredOn(entry -> entry.caregiverId().equals("cg-suspended"))
			.singleElement()
			.satisfies(suspended -> {
				assertThat(suspended.statusAtEnd()).isEqualTo("ELIGIBLE");
				assertThat(suspended.changes()).isEmpty();
			});
	}

	private static QuarterlyRegisterEntry entry(String caregiverId) {
		return entries.stream().filter(entry -> entry.caregiverId().equals(caregiverId)).findFirst().orElseThrow();
	}

	/** Feeds the projection one caregiver's events, each on its own day. */
	private static final class Caregivers {

		private final CaregiverProjection projection;

		private final Map<String, Long> sequences = new java.util.HashMap<>();

		Caregivers(CaregiverProjection projection) {
			this.projection = projection;
		}

		Caregivers registered(String caregiverId, String commune, LocalDate on) {
			CaregiverRegistered sample = CaregiverSamples.registered();
			this.projection.on(new CaregiverRegistered(caregiverId, "91", commune, sample.procedure(), sample.address(),
					sample.applicant(), null, sample.household(), sample.contact(), sample.careTypes(), null, 2,
					sample.preferences(), sample.languages(), sample.ethnicity(), sample.religion(),
					officer(commune, on.minusDays(30))), next(caregiverId));
			return this;
		}

		Caregivers eligible(String caregiverId, String commune, LocalDate on) {
			registered(caregiverId, commune, on);
			CaregiverRegistered sample = CaregiverSamples.registered();
			this.projection.on(
					new CaregiverFoundEligible(caregiverId, "91", commune, "15/QĐ-UBND", null, "Luật",
							CaregiverSamples.foundEligible(sample, chair(commune, on)).profile(), chair(commune, on)),
					next(caregiverId));
			return this;
		}

		Caregivers suspended(String caregiverId, LocalDate on) {
			this.projection.on(
					new CaregiverSuspended(caregiverId, "91", PHU_TAN, "Đang xác minh.", "Luật", officer(PHU_TAN, on)),
					next(caregiverId));
			return this;
		}

		Caregivers reinstated(String caregiverId, LocalDate on) {
			this.projection.on(
					new CaregiverReinstated(caregiverId, "91", PHU_TAN, "Đã xác minh.", "Luật", chair(PHU_TAN, on)),
					next(caregiverId));
			return this;
		}

		Caregivers removed(String caregiverId, LocalDate on) {
			this.projection.on(new CaregiverRemoved(caregiverId, "91", PHU_TAN, RemovalReason.MOVED_AWAY, null, "Luật",
					"ELIGIBLE", chair(PHU_TAN, on)), next(caregiverId));
			return this;
		}

		private long next(String caregiverId) {
			return this.sequences.merge(caregiverId, 1L, Long::sum);
		}

		private static Acting officer(String commune, LocalDate on) {
			return new Acting("officer", "COMMUNE_OFFICER", "91", commune, at(on));
		}

		private static Acting chair(String commune, LocalDate on) {
			return new Acting("chair", "COMMUNE_CHAIR", "91", commune, at(on));
		}

		private static Instant at(LocalDate day) {
			return day.atTime(10, 0).atZone(Acting.VIETNAM).toInstant();
		}

	}

}
