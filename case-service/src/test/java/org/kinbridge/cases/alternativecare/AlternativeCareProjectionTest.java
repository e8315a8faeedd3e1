package org.kinbridge.cases.alternativecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.AN;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.BINH;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CASE_ID;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.CONFIRMED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.NEED;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.chair;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.confirmedBy;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.grandmother;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.identified;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.matchingOfficer;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.officer;
import static org.kinbridge.cases.alternativecare.AlternativeCareScenarios.recorded;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.alternativecare.AlternativeCareView.Arrangement;
import org.kinbridge.cases.alternativecare.api.CareType;
import org.kinbridge.cases.alternativecare.api.ChildTurned16InCare;
import org.kinbridge.cases.alternativecare.api.DossierItem;
import org.kinbridge.cases.alternativecare.api.NeedStatus;
import org.kinbridge.cases.alternativecare.api.PlacementDecisionRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementEndRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalClosureRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementProposalRecorded;
import org.kinbridge.cases.alternativecare.api.PlacementRef;
import org.kinbridge.cases.alternativecare.api.PlacementStartRecorded;
import org.kinbridge.cases.alternativecare.api.RelativeAdded;
import org.kinbridge.cases.alternativecare.api.RelativeDetails;
import org.kinbridge.cases.alternativecare.api.RelativeUpdated;
import org.kinbridge.cases.alternativecare.api.TurningSixteenInCareWatchStarted;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.intake.IntakeSamples;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The alternative-care view and the case summary's block: each child's arrangement as
 * matching-service's steps arrive, the relatives, and the history, written once per
 * event.
 */
class AlternativeCareProjectionTest {

	private static final Instant LATER = Instant.parse("2026-12-20T02:00:00Z");

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client = MongoClients.create(connectionString(this.server.bind()));

	private final MongoTemplate mongo = new MongoTemplate(this.client, "alternative_care_projection_test");

	private final AlternativeCareProjection projection = new AlternativeCareProjection(this.mongo);

	@BeforeEach
	void aCaseAboutTwoSiblings() {
		this.mongo.save(new CaseSummary(CASE_ID, "91-2026-000001", "91", "30406", "HOTLINE_111", IntakeSamples.RECEIVED,
				IntakeSamples.neighbour(), null, AlternativeCareScenarios.siblingsReported().children(), "siblings-1",
				"INITIAL_ASSESSMENT_DONE", IntakeSamples.RECORDED, "officer.phutan", "COMMUNE_OFFICER",
				"officer.phutan", List.of(), List.of(), List.of(), List.of(), null, List.of(), null, List.of(), null));
		this.projection.on(identified(List.of(AN, BINH)), message(identified(List.of(AN, BINH))));
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void theBestRankedOpenProposalIsTheChildsArrangementUntilNoneIsLeft() {
		PlacementRef second = new PlacementRef("pl-a", NEED, AN, "cg-aunt");
		PlacementRef first = new PlacementRef("pl-b", NEED, AN, "cg-grandmother");
		this.projection.on(proposed(second, 2), message(proposed(second, 2)));
		this.projection.on(proposed(first, 1), message(proposed(first, 1)));

		Arrangement proposed = arrangementOf(AN);
		assertThat(proposed.status()).isEqualTo("PROPOSED");
		assertThat(proposed.caregiverId()).isEqualTo("cg-grandmother");
		assertThat(proposed.openProposals()).extracting(AlternativeCareView.Proposal::placementId)
			.containsExactly("pl-b", "pl-a");

		closed(first);
		assertThat(arrangementOf(AN).caregiverId()).isEqualTo("cg-aunt");
		closed(second);
		assertThat(arrangementOf(AN).status()).isEqualTo("NONE");
		assertThat(arrangementOf(AN).caregiverId()).isNull();
		assertThat(arrangementOf(BINH).status()).isEqualTo("NONE");
	}

	@Test
	void aChildIsDecidedPlacedFlaggedAtSixteenAndEndedOnTheCaseSummaryToo() {
		PlacementRef placement = AlternativeCareScenarios.placementOf(AN);
		PlacementDecisionRecorded decided = new PlacementDecisionRecorded(CASE_ID, placement, CareType.KINSHIP,
				"125/QĐ-UBND", "Bà nội đủ điều kiện.", "Luật Trẻ em 2016, Điều 63", LocalDate.of(2026, 12, 19),
				"evt-decided", chair(LATER));
		PlacementStartRecorded started = new PlacementStartRecorded(CASE_ID, placement, CareType.KINSHIP,
				LocalDate.of(2026, 12, 18), "evt-started", matchingOfficer(LATER));
		this.projection.on(decided, message(decided));
		assertThat(arrangementOf(AN).status()).isEqualTo("DECIDED");
		assertThat(arrangementOf(AN).handoverDueOn()).isEqualTo(LocalDate.of(2026, 12, 19));
		this.projection.on(started, message(started));
		TurningSixteenInCareWatchStarted watched = new TurningSixteenInCareWatchStarted(CASE_ID, placement,
				LocalDate.of(2032, 3, 2), Instant.parse("2032-03-01T17:00:00Z"));
		this.projection.on(watched, message(watched));
		ChildTurned16InCare turned = new ChildTurned16InCare(CASE_ID, placement, LocalDate.of(2032, 3, 2));
		this.projection.on(turned, message(turned));

		CaseSummary.ChildInCare glance = glanceOf(AN);
		assertThat(glance.arrangement()).isEqualTo("PLACED");
		assertThat(glance.caregiverId()).isEqualTo("cg-grandmother");
		assertThat(glance.placedSince()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(glance.turned16InCare()).isTrue();
		assertThat(arrangementOf(AN).turned16InCareOn()).isEqualTo(LocalDate.of(2032, 3, 2));

		PlacementEndRecorded ended = new PlacementEndRecorded(CASE_ID, placement, "CHILD_TURNED_16", "Điều 1", null,
				LocalDate.of(2032, 3, 10), "evt-ended", matchingOfficer(LATER));
		this.projection.on(ended, message(ended));
		assertThat(arrangementOf(AN).status()).isEqualTo("ENDED");
		assertThat(arrangementOf(AN).endReason()).isEqualTo("CHILD_TURNED_16");
		assertThat(glanceOf(AN).turned16InCare()).isFalse();
		assertThat(view().history()).extracting(AlternativeCareView.HistoryEntry::inputEventId)
			.containsSubsequence("evt-decided", "evt-started", "evt-ended");
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		PlacementRef placement = AlternativeCareScenarios.placementOf(AN);
		EventMessage<PlacementProposalRecorded> once = message(proposed(placement, 1));
		this.projection.on(once.getPayload(), once);
		this.projection.on(once.getPayload(), once);

		assertThat(view().history()).hasSize(2);
		assertThat(arrangementOf(AN).openProposals()).hasSize(1);
	}

	@Test
	void theChecklistAndTheConfirmationShowOnTheViewAndTheSummary() {
		this.projection.on(recorded(AN, DossierItem.PHOTOS), message(recorded(AN, DossierItem.PHOTOS)));
		this.projection.on(confirmedBy(chair(CONFIRMED)), message(confirmedBy(chair(CONFIRMED))));

		AlternativeCareView.NeedView need = view().needs().get(0);
		assertThat(need.status()).isEqualTo(NeedStatus.ELIGIBLE);
		assertThat(need.confirmedBy()).isEqualTo(chair(CONFIRMED));
		assertThat(need.checklist().get(0).photos().evidence().takenOn())
			.isEqualTo(AlternativeCareScenarios.PHOTOS_TAKEN);
		assertThat(need.checklist().get(0).dossier()).containsOnlyKeys(DossierItem.PHOTOS);
		assertThat(summary().alternativeCare().openNeeds()).isEqualTo(1);
		assertThat(glanceOf(BINH).needStatus()).isEqualTo("ELIGIBLE");
	}

	@Test
	void aRelativeKeepsWhoListedThemAndIsFlaggedWhenTheyLiveInAnotherCommune() {
		RelativeAdded added = AlternativeCareScenarios.grandmotherAdded();
		this.projection.on(added, message(added));
		RelativeDetails moved = new RelativeDetails(grandmother().fullName(), grandmother().relation(),
				grandmother().phone(), "79", "26740", grandmother().conditionsAssessment(), grandmother().notifiedOn(),
				grandmother().notifiedBy(), grandmother().response(), "cg-grandmother");
		RelativeUpdated updated = new RelativeUpdated(CASE_ID, "rel-1", moved, officer(LATER));
		this.projection.on(updated, message(updated));

		assertThat(view().relatives()).singleElement().satisfies(relative -> {
			assertThat(relative.details()).isEqualTo(moved);
			assertThat(relative.livesInAnotherCommune()).isTrue();
			assertThat(relative.addedBy()).isEqualTo(added.by());
			assertThat(relative.updatedBy()).isEqualTo(officer(LATER));
		});
	}

	private void closed(PlacementRef placement) {
		PlacementProposalClosureRecorded closure = new PlacementProposalClosureRecorded(CASE_ID, placement,
				"CAREGIVER_DECLINED", "Không nhận được.", "evt-closed-" + placement.placementId(),
				matchingOfficer(LATER));
		this.projection.on(closure, message(closure));
	}

	private static PlacementProposalRecorded proposed(PlacementRef placement, int rank) {
		return new PlacementProposalRecorded(CASE_ID, placement, CareType.KINSHIP, rank, 90 - rank, List.of("Cùng xã"),
				"evt-proposed-" + placement.placementId(), matchingOfficer(LATER));
	}

	private AlternativeCareView view() {
		return this.projection.find(CASE_ID).orElseThrow();
	}

	private CaseSummary summary() {
		return this.mongo.findById(CASE_ID, CaseSummary.class);
	}

	private Arrangement arrangementOf(String childId) {
		return view().arrangements().stream().filter(each -> each.childId().equals(childId)).findFirst().orElseThrow();
	}

	private CaseSummary.ChildInCare glanceOf(String childId) {
		return summary().alternativeCare()
			.children()
			.stream()
			.filter(each -> each.childId().equals(childId))
			.findFirst()
			.orElseThrow();
	}

	/** A stored event: the same payload given twice is two events, with two ids. */
	private static <T> EventMessage<T> message(T payload) {
		return GenericEventMessage.asEventMessage(payload);
	}

	private static String connectionString(InetSocketAddress address) {
		return "mongodb://" + address.getHostString() + ":" + address.getPort();
	}

}
