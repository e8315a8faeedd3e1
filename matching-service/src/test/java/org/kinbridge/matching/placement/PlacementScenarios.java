package org.kinbridge.matching.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.kinbridge.matching.placement.api.Acting;
import org.kinbridge.matching.placement.api.CareType;
import org.kinbridge.matching.placement.api.CaregiverConsented;
import org.kinbridge.matching.placement.api.ChildAge;
import org.kinbridge.matching.placement.api.ChildConsulted;
import org.kinbridge.matching.placement.api.HandoverCompleted;
import org.kinbridge.matching.placement.api.PlacementDecided;
import org.kinbridge.matching.placement.api.PlacementProposed;
import org.kinbridge.matching.placement.api.PlacementRef;
import org.kinbridge.matching.placement.api.ProposalBasis;
import org.kinbridge.platform.calendar.ProvinceCalendars;

/**
 * A placement in xã Phú Tân (30406, An Giang 91): a boy born on 2 March 2016 proposed on
 * Friday 11 December 2026 for his grandmother, the people who act on it, and fixtures
 * whose rules follow the national ones on the province's real calendar.
 */
final class PlacementScenarios {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String PLACEMENT_ID = "pl-1";

	static final String CAREGIVER_ID = "cg-1";

	static final PlacementRef REF = new PlacementRef(PLACEMENT_ID, "need-1", "case-1", "child-1", CAREGIVER_ID, "91",
			"30406", CareType.KINSHIP);

	static final ChildAge TEN_YEARS_OLD = new ChildAge(LocalDate.of(2016, 3, 2), null, null);

	static final ChildAge FIVE_YEARS_OLD = new ChildAge(LocalDate.of(2021, 6, 1), null, null);

	static final Instant NEED_RECORDED = at(2026, 12, 5, 10, 0);

	static final Instant PROPOSED = at(2026, 12, 11, 9, 0);

	static final Instant CONSENTED = at(2026, 12, 11, 15, 0);

	static final Instant CONSULTED = at(2026, 12, 12, 10, 0);

	/** Monday 14 December 2026. */
	static final Instant DECIDED = at(2026, 12, 14, 10, 30);

	/** 15 working days after Monday 14 December 2026, New Year's Day not counted. */
	static final LocalDate HANDOVER_DUE = LocalDate.of(2027, 1, 5);

	static final Instant HANDED_OVER = at(2026, 12, 18, 16, 0);

	static final ProposalBasis BASIS = new ProposalBasis("sl-1", 1, 87,
			List.of("Grandmother of the child, registered as kin caregiver", "Lives in the child's commune"));

	static final String LEGAL_BASIS = "Law on Children 2016 Art. 62, 63; Decree 56/2017/ND-CP";

	private PlacementScenarios() {
	}

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
	}

	static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, VIETNAM);
	}

	static PlacementRules rules(Map<String, PlacementRulesProperties.ProvinceRules> provinces) {
		return new PlacementRules(new PlacementRulesProperties(provinces, null), new ProvinceCalendars());
	}

	static AggregateTestFixture<Placement> placementFixture() {
		return placementFixture(Map.of());
	}

	static AggregateTestFixture<Placement> placementFixture(
			Map<String, PlacementRulesProperties.ProvinceRules> provinces) {
		AggregateTestFixture<Placement> fixture = new AggregateTestFixture<>(Placement.class);
		fixture.registerInjectableResource(rules(provinces));
		return fixture;
	}

	static AggregateTestFixture<CaregiverPlaces> placesFixture() {
		AggregateTestFixture<CaregiverPlaces> fixture = new AggregateTestFixture<>(CaregiverPlaces.class);
		fixture.registerInjectableResource(rules(Map.of()));
		return fixture;
	}

	static Acting officer(Instant at) {
		return new Acting("officer.phutan", "COMMUNE_OFFICER", "91", "30406", at);
	}

	static Acting chair(Instant at) {
		return new Acting("chair.phutan", "COMMUNE_CHAIR", "91", "30406", at);
	}

	/** The officer who proposed, acting as the chair's stand-in. */
	static Acting proposerAsChair(Instant at) {
		return new Acting("officer.phutan", "COMMUNE_CHAIR", "91", "30406", at);
	}

	static Acting provinceOfficer(Instant at) {
		return new Acting("province.angiang", "PROVINCE_OFFICER", "91", null, at);
	}

	static Acting officerOfAnotherCommune(Instant at) {
		return new Acting("officer.chaudoc", "COMMUNE_OFFICER", "91", "30316", at);
	}

	static Acting officerOfAnotherProvince(Instant at) {
		return new Acting("officer.saigon", "COMMUNE_OFFICER", "79", "26740", at);
	}

	/** The actor of a family-service event, as matching records it. */
	static Acting familyService(Instant at) {
		return new Acting("chair.phutan", "COMMUNE_CHAIR", "91", null, at);
	}

	static PlacementProposed proposed(ChildAge age) {
		return new PlacementProposed(REF, age, NEED_RECORDED, BASIS, "The grandmother asked to take the boy.",
				officer(PROPOSED));
	}

	static CaregiverConsented consented() {
		return new CaregiverConsented(REF, day(CONSENTED), "Signed the consent form.", officer(CONSENTED));
	}

	static ChildConsulted consulted() {
		return new ChildConsulted(REF, day(CONSULTED), 10, "Wants to live with his grandmother.", true,
				officer(CONSULTED));
	}

	static PlacementDecided decided() {
		return new PlacementDecided(REF, "125/QĐ-UBND", day(DECIDED), "The grandmother is eligible and the boy agreed.",
				LEGAL_BASIS, true, 15, HANDOVER_DUE, endOf(HANDOVER_DUE), chair(DECIDED));
	}

	static HandoverCompleted handedOver() {
		LocalDate reportDue = day(HANDED_OVER).plusMonths(6);
		return new HandoverCompleted(REF, day(HANDED_OVER), "Handed over at the commune office.", true, reportDue,
				endOf(reportDue), officer(HANDED_OVER));
	}

	static Object[] active() {
		return new Object[] { proposed(TEN_YEARS_OLD), consented(), consulted(), decided(), handedOver() };
	}

	static Instant endOf(LocalDate day) {
		return rules(Map.of()).endOf(day);
	}

}
