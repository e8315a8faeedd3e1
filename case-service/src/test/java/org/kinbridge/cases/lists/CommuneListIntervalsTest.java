package org.kinbridge.cases.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.cases.reference.CodeLists;
import org.kinbridge.cases.reference.SpecialCircumstanceGroup;

import org.springframework.core.io.ClassPathResource;

/**
 * The commune's list of children in special circumstances as of a day, drawn from the
 * intervals its events leave: from the report's receipt, ended by closure or merge,
 * started again by reopening. Days are days in Vietnam (UTC+7).
 */
class CommuneListIntervalsTest {

	private static final List<SpecialCircumstanceGroup> CODES = new CodeLists(
			new ClassPathResource("kinbridge/code-lists/special-circumstances.yml"))
		.specialCircumstances("91");

	/** 28 November 2026, 08:30 in Vietnam. */
	private static final Instant RECEIVED = Instant.parse("2026-11-28T01:30:00Z");

	private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 11, 28);

	private static final ReceiveReport.SpecialCircumstance ORPHANED_WITH_RELATIVES = new ReceiveReport.SpecialCircumstance(
			"ORPHANED", "ORPHANED.WITH_RELATIVES");

	private static final ReceiveReport.SpecialCircumstance DROPPED_OUT = new ReceiveReport.SpecialCircumstance(
			"DROPPED_OUT_TO_EARN_A_LIVING", null);

	@Test
	void aChildIsListedFromTheDayTheReportWasReceivedAndNotTheDayBefore() {
		ListedCase listed = ListedCase
			.received(report("case-1", child("child-1", "Nguyễn Văn An", ORPHANED_WITH_RELATIVES)), null, null);

		assertThat(draw(RECEIVED_ON.minusDays(1), listed).children()).isEmpty();
		CommuneList onTheDay = draw(RECEIVED_ON, listed);
		assertThat(onTheDay.children()).singleElement().satisfies((child) -> {
			assertThat(child.fullName()).isEqualTo("Nguyễn Văn An");
			assertThat(child.group()).isEqualTo("ORPHANED");
			assertThat(child.subGroup()).isEqualTo("ORPHANED.WITH_RELATIVES");
			assertThat(child.since()).isEqualTo(RECEIVED_ON);
		});
		assertThat(draw(RECEIVED_ON.plusYears(1), listed).children()).hasSize(1);
	}

	@Test
	void aReportReceivedJustBeforeMidnightUtcCountsOnItsVietnameseDay() {
		// 23:10 UTC on 27 November is 06:10 on 28 November in Vietnam.
		ReportReceived late = report("case-1", Instant.parse("2026-11-27T23:10:00Z"),
				child("child-1", "Nguyễn Văn An", DROPPED_OUT));
		ListedCase listed = ListedCase.received(late, null, null);

		assertThat(draw(LocalDate.of(2026, 11, 27), listed).children()).isEmpty();
		assertThat(draw(LocalDate.of(2026, 11, 28), listed).children()).hasSize(1);
	}

	@Test
	void closureEndsTheListingAndReopeningStartsANewIntervalFromItsOwnDay() {
		ListedCase listed = ListedCase
			.received(report("case-1", child("child-1", "Nguyễn Văn An", ORPHANED_WITH_RELATIVES)), null, null)
			.closed(Instant.parse("2026-12-10T03:00:00Z"), ListedCase.CLOSED)
			.reopened(Instant.parse("2027-01-05T03:00:00Z"));

		assertThat(draw(LocalDate.of(2026, 12, 9), listed).children()).hasSize(1);
		assertThat(draw(LocalDate.of(2026, 12, 10), listed).children()).isEmpty();
		assertThat(draw(LocalDate.of(2027, 1, 4), listed).children()).isEmpty();
		assertThat(draw(LocalDate.of(2027, 1, 5), listed).children()).singleElement()
			.satisfies((child) -> assertThat(child.since()).isEqualTo(LocalDate.of(2027, 1, 5)));
	}

	@Test
	void aClosureRedeliveredAfterTheFirstChangesNothing() {
		Instant closedAt = Instant.parse("2026-12-10T03:00:00Z");
		ListedCase once = ListedCase
			.received(report("case-1", child("child-1", "Nguyễn Văn An", DROPPED_OUT)), null, null)
			.closed(closedAt, ListedCase.CLOSED);

		assertThat(once.closed(closedAt.plusSeconds(60), ListedCase.CLOSED)).isEqualTo(once);
		assertThat(once.reopened(closedAt.plusSeconds(60)).reopened(closedAt.plusSeconds(120)))
			.isEqualTo(once.reopened(closedAt.plusSeconds(60)));
	}

	@Test
	void aChildWhoseCaseWasMergedIntoAnotherCountsOnce() {
		ListedCase earlier = ListedCase.received(report("case-1", child("child-1", "Nguyễn Văn Hùng", DROPPED_OUT)),
				null, null);
		Instant mergedAt = Instant.parse("2026-12-01T03:00:00Z");
		ListedCase later = ListedCase
			.received(report("case-2", RECEIVED.plusSeconds(3600), child("child-2", "Nguyen Van Hung", DROPPED_OUT)),
					null, null)
			.mergedInto("case-1", mergedAt)
			.closed(mergedAt, ListedCase.MERGED);

		assertThat(draw(LocalDate.of(2026, 11, 30), earlier, later).totalChildren()).isEqualTo(2);
		CommuneList afterMerge = draw(LocalDate.of(2026, 12, 1), earlier, later);
		assertThat(afterMerge.totalChildren()).isEqualTo(1);
		assertThat(afterMerge.children()).extracting(CommuneList.ListedChild::caseId).containsExactly("case-1");
		assertThat(later.mergedInto()).isEqualTo("case-1");
	}

	@Test
	void aMergedCaseThatIsReopenedStandsOnItsOwnAgain() {
		Instant mergedAt = Instant.parse("2026-12-01T03:00:00Z");
		ListedCase reopened = ListedCase
			.received(report("case-2", child("child-2", "Nguyễn Văn Hùng", DROPPED_OUT)), null, null)
			.mergedInto("case-1", mergedAt)
			.closed(mergedAt, ListedCase.MERGED)
			.reopened(Instant.parse("2026-12-03T03:00:00Z"));

		assertThat(reopened.mergedInto()).isNull();
		assertThat(draw(LocalDate.of(2026, 12, 2), reopened).children()).isEmpty();
		assertThat(draw(LocalDate.of(2026, 12, 3), reopened).children()).hasSize(1);
	}

	@Test
	void countsEachGroupAndSubGroupAndTheChildrenOnceWhateverTheirGroups() {
		ListedCase siblings = ListedCase
			.received(report("case-1", child("child-1", "Nguyễn Văn An", ORPHANED_WITH_RELATIVES, DROPPED_OUT),
					child("child-2", "Nguyễn Thị Bình", ORPHANED_WITH_RELATIVES)), "PHU_HUNG", "ấp Phú Hưng");
		ListedCase notInCircumstances = ListedCase.received(report("case-2", child("child-3", "Lê Văn Cường")), null,
				null);

		CommuneList list = draw(RECEIVED_ON, siblings, notInCircumstances);

		assertThat(list.totalChildren()).isEqualTo(2);
		assertThat(list.children()).hasSize(3)
			.allSatisfy((child) -> assertThat(child.hamletName()).isEqualTo("ấp Phú Hưng"));
		assertThat(list.groups()).extracting(CommuneList.GroupCount::group)
			.containsExactlyElementsOf(CODES.stream().map(SpecialCircumstanceGroup::code).toList());
		CommuneList.GroupCount orphaned = group(list, "ORPHANED");
		assertThat(orphaned.children()).isEqualTo(2);
		assertThat(orphaned.subGroups()).filteredOn((subGroup) -> subGroup.children() > 0)
			.singleElement()
			.satisfies((subGroup) -> assertThat(subGroup.subGroup()).isEqualTo("ORPHANED.WITH_RELATIVES"));
		CommuneList.GroupCount droppedOut = group(list, "DROPPED_OUT_TO_EARN_A_LIVING");
		assertThat(droppedOut.children()).isEqualTo(1);
		assertThat(droppedOut.subGroups()).filteredOn((subGroup) -> subGroup.subGroup() == null)
			.singleElement()
			.satisfies((subGroup) -> assertThat(subGroup.children()).isEqualTo(1));
		assertThat(group(list, "TRAFFICKED").children()).isZero();
	}

	@Test
	void aGroupOrSubGroupNarrowsTheListAndItsCounts() {
		ListedCase siblings = ListedCase
			.received(report("case-1", child("child-1", "Nguyễn Văn An", ORPHANED_WITH_RELATIVES, DROPPED_OUT),
					child("child-2", "Nguyễn Thị Bình", ORPHANED_WITH_RELATIVES)), null, null);

		CommuneList onlyDroppedOut = CommuneLists.draw(ListKind.SPECIAL_CIRCUMSTANCES, CODES, List.of(siblings),
				asked(RECEIVED_ON, "DROPPED_OUT_TO_EARN_A_LIVING", null));
		assertThat(onlyDroppedOut.children()).extracting(CommuneList.ListedChild::childId).containsExactly("child-1");
		assertThat(onlyDroppedOut.groups()).singleElement()
			.satisfies((group) -> assertThat(group.children()).isEqualTo(1));

		CommuneList onlyWithRelatives = CommuneLists.draw(ListKind.SPECIAL_CIRCUMSTANCES, CODES, List.of(siblings),
				asked(RECEIVED_ON, "ORPHANED", "ORPHANED.WITH_RELATIVES"));
		assertThat(onlyWithRelatives.totalChildren()).isEqualTo(2);
	}

	@Test
	void anEstimatedAgeGrowsWithTheYearsSinceTheReport() {
		ReceiveReport.ReportedChild aged = new ReceiveReport.ReportedChild("child-1", "Chau Sóc Pha", Sex.MALE, null,
				12, null, null, null, null, null, new ReceiveReport.AdministrativeUnitRef("30406", RECEIVED_ON),
				new ReceiveReport.AdministrativeUnitRef("30406", RECEIVED_ON), List.of(Concern.EXPLOITATION),
				List.of(DROPPED_OUT));
		ListedCase listed = ListedCase.received(report("case-1", aged), null, null);

		assertThat(draw(RECEIVED_ON, listed).children().get(0).estimatedAge()).isEqualTo(12);
		assertThat(draw(RECEIVED_ON.plusYears(2), listed).children().get(0).estimatedAge()).isEqualTo(14);
	}

	@Test
	void anotherListsEndingLeavesTheCaseLevelReopeningAlone() {
		Instant needFrom = Instant.parse("2026-11-29T03:00:00Z");
		ListedCase listed = ListedCase
			.received(report("case-1", child("child-1", "Nguyễn Văn An", DROPPED_OUT)), null, null)
			.started(ListKind.SPECIAL_CIRCUMSTANCES, "child-1", "ORPHANED", null, needFrom)
			.ended(ListKind.SPECIAL_CIRCUMSTANCES, "child-1", "ORPHANED", null, needFrom.plusSeconds(86_400 * 3),
					"NO_LONGER")
			.closed(Instant.parse("2026-12-10T03:00:00Z"), ListedCase.CLOSED)
			.reopened(Instant.parse("2026-12-20T03:00:00Z"));

		assertThat(draw(LocalDate.of(2026, 11, 30), listed).children()).extracting(CommuneList.ListedChild::group)
			.containsExactlyInAnyOrder("ORPHANED", "DROPPED_OUT_TO_EARN_A_LIVING");
		assertThat(draw(LocalDate.of(2026, 12, 20), listed).children()).extracting(CommuneList.ListedChild::group)
			.containsExactly("DROPPED_OUT_TO_EARN_A_LIVING");
	}

	@Test
	void aHandedOverCaseStaysOnTheFormerCommunesListUntilItLeftAndOnTheNewOneFromThen() {
		ListedCase listed = ListedCase
			.received(report("case-1", child("child-1", "Nguyễn Văn An", ORPHANED_WITH_RELATIVES)), null, null);
		// 1 December 2026, 10:00 in Vietnam.
		Instant handedOver = Instant.parse("2026-12-01T03:00:00Z");

		ListedCase leftBehind = listed.leftBehindAt(handedOver);
		ListedCase moved = listed.movedTo("79", "26740", handedOver);

		assertThat(leftBehind.id()).isNotEqualTo(moved.id());
		assertThat(leftBehind.communeCode()).isEqualTo("30406");
		assertThat(moved.id()).isEqualTo("case-1");
		assertThat(moved.communeCode()).isEqualTo("26740");
		assertThat(draw(LocalDate.of(2026, 11, 30), leftBehind).children()).hasSize(1);
		// A list is drawn at the end of its day: on the day of the handover the child is
		// the new commune's.
		assertThat(draw(LocalDate.of(2026, 12, 1), leftBehind).children()).isEmpty();
		assertThat(draw(LocalDate.of(2026, 11, 30), moved).children()).isEmpty();
		assertThat(draw(LocalDate.of(2026, 12, 1), moved).children()).singleElement()
			.satisfies((child) -> assertThat(child.since()).isEqualTo(LocalDate.of(2026, 12, 1)));
	}

	@Test
	void aListingThatEndedBeforeTheHandoverStaysWithTheFormerCommune() {
		ListedCase listed = ListedCase
			.received(report("case-1", child("child-1", "Nguyễn Văn An", ORPHANED_WITH_RELATIVES)), null, null)
			.ended(ListKind.SPECIAL_CIRCUMSTANCES, "child-1", "ORPHANED", "ORPHANED.WITH_RELATIVES",
					Instant.parse("2026-11-29T03:00:00Z"), "NO_LONGER_APPLIES");

		ListedCase moved = listed.movedTo("79", "26740", Instant.parse("2026-12-01T03:00:00Z"));

		assertThat(moved.listings()).isEmpty();
		assertThat(
				draw(LocalDate.of(2026, 11, 28), listed.leftBehindAt(Instant.parse("2026-12-01T03:00:00Z"))).children())
			.hasSize(1);
	}

	@Test
	void aChildNeedingAlternativeCareIsListedUntilPlacedAndAgainWhenThePlacementEndsWhileTheNeedStands() {
		Instant identified = Instant.parse("2026-11-29T03:00:00Z");
		Instant placed = Instant.parse("2026-12-10T03:00:00Z");
		Instant placementEnded = Instant.parse("2027-01-05T03:00:00Z");
		Instant needEnded = Instant.parse("2027-02-01T03:00:00Z");
		ListedCase listed = ListedCase
			.received(report("case-1", child("child-1", "Nguyễn Văn An", ORPHANED_WITH_RELATIVES)), null, null)
			.started(ListKind.ALTERNATIVE_CARE, "child-1", "ORPHANED_OR_ABANDONED", null, identified)
			.endedOnList(ListKind.ALTERNATIVE_CARE, "child-1", placed, ListedCase.PLACED)
			.restartedOnList(ListKind.ALTERNATIVE_CARE, "child-1", ListedCase.PLACED, placementEnded)
			.endedOnList(ListKind.ALTERNATIVE_CARE, "child-1", needEnded, "RETURNED_TO_FAMILY");

		assertThat(drawAlternativeCare(LocalDate.of(2026, 11, 28), listed)).isEmpty();
		assertThat(drawAlternativeCare(LocalDate.of(2026, 11, 29), listed)).singleElement()
			.satisfies((child) -> assertThat(child.group()).isEqualTo("ORPHANED_OR_ABANDONED"));
		assertThat(drawAlternativeCare(LocalDate.of(2026, 12, 20), listed)).isEmpty();
		assertThat(drawAlternativeCare(LocalDate.of(2027, 1, 10), listed)).hasSize(1);
		assertThat(drawAlternativeCare(LocalDate.of(2027, 2, 2), listed)).isEmpty();
		// The special-circumstance list is a list of its own: the placement changed
		// nothing
		// there.
		assertThat(draw(LocalDate.of(2026, 12, 20), listed).children()).hasSize(1);
	}

	private static List<CommuneList.ListedChild> drawAlternativeCare(LocalDate asOf, ListedCase... cases) {
		return CommuneLists
			.draw(ListKind.ALTERNATIVE_CARE, CODES, List.of(cases),
					new CommuneList(ListKind.ALTERNATIVE_CARE, "91", "30406", "Xã Phú Tân", asOf, null, null, 0,
							List.of(), List.of()))
			.children();
	}

	private static CommuneList draw(LocalDate asOf, ListedCase... cases) {
		return CommuneLists.draw(ListKind.SPECIAL_CIRCUMSTANCES, CODES, List.of(cases), asked(asOf, null, null));
	}

	private static CommuneList asked(LocalDate asOf, String group, String subGroup) {
		return new CommuneList(ListKind.SPECIAL_CIRCUMSTANCES, "91", "30406", "Xã Phú Tân", asOf, group, subGroup, 0,
				List.of(), List.of());
	}

	private static CommuneList.GroupCount group(CommuneList list, String code) {
		return list.groups().stream().filter((group) -> group.group().equals(code)).findFirst().orElseThrow();
	}

	private static ReportReceived report(String caseId, ReceiveReport.ReportedChild... children) {
		return report(caseId, RECEIVED, children);
	}

	private static ReportReceived report(String caseId, Instant receivedAt, ReceiveReport.ReportedChild... children) {
		return new ReportReceived(caseId, "91-2026-00000" + caseId.substring(caseId.length() - 1), "91", "30406",
				ReportChannel.COLLABORATOR_SURVEY, receivedAt, new ReceiveReport.Reporter(true, null, null, null, null),
				null, List.of(children), null, receivedAt.plusSeconds(600), "collab.phutan", "COLLABORATOR");
	}

	private static ReceiveReport.ReportedChild child(String childId, String name,
			ReceiveReport.SpecialCircumstance... circumstances) {
		ReceiveReport.AdministrativeUnitRef phuTan = new ReceiveReport.AdministrativeUnitRef("30406", RECEIVED_ON);
		return new ReceiveReport.ReportedChild(childId, name, Sex.MALE, LocalDate.of(2016, 3, 2), null, "KINH", null,
				"vi", null, null, phuTan, phuTan, List.of(Concern.NEGLECT_OR_ABANDONMENT), List.of(circumstances));
	}

}
