package org.kinbridge.cases.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.intake.api.Sex;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as the commune's lists see it: its children, and for each child every listing
 * with the intervals in which it held. A listing is one child on one list under one group
 * and sub-group; an interval runs from a moment to a later one, or is still open.
 * Instances do not change: each event gives a new one.
 *
 * @param id the case id for the case as its commune keeps it now; a case handed over to
 * another commune leaves behind a copy whose id adds the moment it left
 * @param hamletCode the hamlet where a survey found the child, {@code null} otherwise
 * @param mergedInto the case this one was merged into, while it is
 */
@Document("commune_list_cases")
public record ListedCase(@Id String id, String caseId, String caseNumber, String provinceCode, String communeCode,
		String hamletCode, String hamletName, String mergedInto, List<Child> children, List<Listing> listings) {

	/** A listing ended with its case: it starts again when the case is reopened. */
	public static final String CLOSED = "CLOSED";

	/** The case was merged into another, which lists the same child. */
	public static final String MERGED = "MERGED";

	/** The case moved to another commune, which lists the child from then on. */
	public static final String HANDED_OVER = "HANDED_OVER";

	private static final Set<String> ENDED_WITH_THE_CASE = Set.of(CLOSED, MERGED);

	public ListedCase {
		children = (children != null) ? List.copyOf(children) : List.of();
		listings = (listings != null) ? List.copyOf(listings) : List.of();
	}

	/**
	 * A report lists each child under each special circumstance given for them, from the
	 * moment the report was received.
	 */
	public static ListedCase received(ReportReceived event, String hamletCode, String hamletName) {
		List<Child> children = new ArrayList<>();
		List<Listing> listings = new ArrayList<>();
		for (ReceiveReport.ReportedChild child : event.children()) {
			children.add(new Child(child.childId(), child.fullName(), child.sex(), child.dateOfBirth(),
					child.estimatedAge(), (child.residence() != null) ? child.residence().validOn() : null));
			for (ReceiveReport.SpecialCircumstance circumstance : child.specialCircumstances()) {
				listings.add(new Listing(ListKind.SPECIAL_CIRCUMSTANCES, child.childId(), circumstance.group(),
						circumstance.subGroup(), List.of(new Interval(event.receivedAt(), null, null))));
			}
		}
		return new ListedCase(event.caseId(), event.caseId(), event.caseNumber(), event.provinceCode(),
				event.communeCode(), hamletCode, hamletName, null, children, listings);
	}

	/** Ends every open listing of the case, of every list. */
	public ListedCase closed(Instant at, String why) {
		return withListings((listing) -> true, (listing) -> listing.endedAt(at, why), this.mergedInto);
	}

	/**
	 * The child counts once: the case it was merged into lists them from now on.
	 */
	public ListedCase mergedInto(String intoCaseId, Instant at) {
		return withListings((listing) -> true, (listing) -> listing.endedAt(at, MERGED), intoCaseId);
	}

	/**
	 * A reopened case lists again what its closure or merge ended, from the moment it was
	 * reopened; listings that ended for their own reasons stay ended.
	 */
	public ListedCase reopened(Instant at) {
		return withListings(
				(listing) -> listing.lastEndedBy() != null && ENDED_WITH_THE_CASE.contains(listing.lastEndedBy()),
				(listing) -> listing.startedAt(at), null);
	}

	/** Starts a listing on a list, or a new interval of it, for one child. */
	public ListedCase started(ListKind kind, String childId, String group, String subGroup, Instant at) {
		List<Listing> changed = new ArrayList<>();
		boolean known = false;
		for (Listing listing : this.listings) {
			if (listing.is(kind, childId, group, subGroup)) {
				known = true;
				changed.add(listing.startedAt(at));
			}
			else {
				changed.add(listing);
			}
		}
		if (!known) {
			changed.add(new Listing(kind, childId, group, subGroup, List.of(new Interval(at, null, null))));
		}
		return new ListedCase(this.id, this.caseId, this.caseNumber, this.provinceCode, this.communeCode,
				this.hamletCode, this.hamletName, this.mergedInto, this.children, changed);
	}

	/** A child on the list of children needing alternative care was placed. */
	public static final String PLACED = "PLACED";

	/** Ends every listing of one child on a list, whatever its group. */
	public ListedCase endedOnList(ListKind kind, String childId, Instant at, String why) {
		return withListings((listing) -> listing.kind() == kind && listing.childId().equals(childId),
				(listing) -> listing.endedAt(at, why), this.mergedInto);
	}

	/**
	 * Starts again the listings of one child on a list that ended for the given reason,
	 * such as a placement that ended while the need stands.
	 */
	public ListedCase restartedOnList(ListKind kind, String childId, String endedBy, Instant at) {
		return withListings((listing) -> listing.kind() == kind && listing.childId().equals(childId)
				&& endedBy.equals(listing.lastEndedBy()), (listing) -> listing.startedAt(at), this.mergedInto);
	}

	/** Ends one child's listing on a list for a reason of that list. */
	public ListedCase ended(ListKind kind, String childId, String group, String subGroup, Instant at, String why) {
		return withListings((listing) -> listing.is(kind, childId, group, subGroup),
				(listing) -> listing.endedAt(at, why), this.mergedInto);
	}

	/**
	 * What the former commune keeps when the case moves: every listing that held ends at
	 * the moment of the handover. It is stored beside the moved case and no later event
	 * changes it.
	 */
	public ListedCase leftBehindAt(Instant at) {
		ListedCase ended = withListings((listing) -> true, (listing) -> listing.endedAt(at, HANDED_OVER),
				this.mergedInto);
		return new ListedCase(this.caseId + "@" + at, this.caseId, this.caseNumber, this.provinceCode, this.communeCode,
				this.hamletCode, this.hamletName, this.mergedInto, this.children, ended.listings);
	}

	/**
	 * The case as the receiving commune lists it: what held at the handover holds there
	 * from that moment; what had ended before belongs to the former commune's history.
	 * The hamlet was the former commune's.
	 */
	public ListedCase movedTo(String provinceCode, String communeCode, Instant at) {
		List<Listing> moved = this.listings.stream()
			.filter(Listing::isOpen)
			.map((listing) -> new Listing(listing.kind(), listing.childId(), listing.group(), listing.subGroup(),
					List.of(new Interval(at, null, null))))
			.toList();
		return new ListedCase(this.id, this.caseId, this.caseNumber, provinceCode, communeCode, null, null,
				this.mergedInto, this.children, moved);
	}

	public ListedCase inHamlet(String code, String name) {
		return new ListedCase(this.id, this.caseId, this.caseNumber, this.provinceCode, this.communeCode, code, name,
				this.mergedInto, this.children, this.listings);
	}

	/**
	 * @param moment the end of the day the list is drawn for
	 * @return the case's listings on the list that held at that moment, with the start of
	 * the interval that held
	 */
	public List<Held> heldAt(ListKind kind, Instant moment) {
		List<Held> held = new ArrayList<>();
		for (Listing listing : this.listings) {
			if (listing.kind() != kind) {
				continue;
			}
			listing.intervals()
				.stream()
				.filter((interval) -> interval.holdsAt(moment))
				.findFirst()
				.ifPresent((interval) -> held.add(new Held(child(listing.childId()), listing, interval.from())));
		}
		return held;
	}

	private Child child(String childId) {
		return this.children.stream().filter((child) -> child.childId().equals(childId)).findFirst().orElse(null);
	}

	private ListedCase withListings(Predicate<Listing> which, UnaryOperator<Listing> change, String mergedInto) {
		return new ListedCase(this.id, this.caseId, this.caseNumber, this.provinceCode, this.communeCode,
				this.hamletCode, this.hamletName, mergedInto, this.children,
				this.listings.stream()
					.map((listing) -> which.test(listing) ? change.apply(listing) : listing)
					.toList());
	}

	/**
	 * A child as the list shows them.
	 *
	 * @param estimatedAge the age estimated on {@code estimatedOn}, when no date of birth
	 * is known
	 * @param estimatedOn the day of the report
	 */
	public record Child(String childId, String fullName, Sex sex, LocalDate dateOfBirth, Integer estimatedAge,
			LocalDate estimatedOn) {
	}

	/**
	 * One child on one list under one group and sub-group.
	 *
	 * @param subGroup {@code null} when only the group is known
	 * @param intervals oldest first; only the last may be open
	 */
	public record Listing(ListKind kind, String childId, String group, String subGroup, List<Interval> intervals) {

		public Listing {
			intervals = (intervals != null) ? List.copyOf(intervals) : List.of();
		}

		boolean is(ListKind kind, String childId, String group, String subGroup) {
			return this.kind == kind && this.childId.equals(childId) && this.group.equals(group)
					&& java.util.Objects.equals(this.subGroup, subGroup);
		}

		String lastEndedBy() {
			return this.intervals.isEmpty() ? null : this.intervals.get(this.intervals.size() - 1).endedBy();
		}

		boolean isOpen() {
			return !this.intervals.isEmpty() && this.intervals.get(this.intervals.size() - 1).until() == null;
		}

		/**
		 * An open listing is left as it is, so that a redelivered event changes nothing.
		 */
		Listing endedAt(Instant at, String why) {
			if (!isOpen()) {
				return this;
			}
			List<Interval> changed = new ArrayList<>(this.intervals);
			Interval last = changed.remove(changed.size() - 1);
			changed.add(new Interval(last.from(), at, why));
			return new Listing(this.kind, this.childId, this.group, this.subGroup, changed);
		}

		Listing startedAt(Instant at) {
			if (isOpen()) {
				return this;
			}
			List<Interval> changed = new ArrayList<>(this.intervals);
			changed.add(new Interval(at, null, null));
			return new Listing(this.kind, this.childId, this.group, this.subGroup, changed);
		}

	}

	/**
	 * @param from when the listing started to hold
	 * @param until when it stopped, {@code null} while it holds
	 * @param endedBy why it stopped, such as {@link #CLOSED} or {@link #MERGED}
	 */
	public record Interval(Instant from, Instant until, String endedBy) {

		/**
		 * A listing ended at the very moment asked about still counts: the day it ended
		 * is the last day it held.
		 */
		boolean holdsAt(Instant moment) {
			return this.from.isBefore(moment) && (this.until == null || !this.until.isBefore(moment));
		}

	}

	/**
	 * A listing that held at a moment.
	 *
	 * @param since when the interval that held began
	 */
	public record Held(Child child, Listing listing, Instant since) {
	}

}
