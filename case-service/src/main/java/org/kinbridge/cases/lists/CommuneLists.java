package org.kinbridge.cases.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kinbridge.platform.readmodel.ReadModelIndexes;
import org.kinbridge.cases.lists.CommuneList.GroupCount;
import org.kinbridge.cases.lists.CommuneList.ListedChild;
import org.kinbridge.cases.lists.CommuneList.SubGroupCount;
import org.kinbridge.cases.reference.CodeLists;
import org.kinbridge.cases.reference.NameFolding;
import org.kinbridge.cases.reference.SpecialCircumstanceGroup;

import org.springframework.context.annotation.Bean;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Draws a commune's list as of a day, at the end of that day in Vietnam: a report
 * received that day is on it, a case closed that day is not. A commune holds hundreds of
 * cases, not millions, so its cases are read once and the intervals checked here.
 */
@Component
public class CommuneLists {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MongoTemplate mongo;

	private final CodeLists codeLists;

	public CommuneLists(MongoTemplate mongo, CodeLists codeLists) {
		this.mongo = mongo;
		this.codeLists = codeLists;
	}

	/**
	 * @param group only this group, or {@code null}
	 * @param subGroup only this sub-group, or {@code null}
	 */
	public CommuneList asOf(ListKind list, String provinceCode, String communeCode, String communeName, LocalDate asOf,
			String group, String subGroup) {
		List<ListedCase> cases = this.mongo.find(
				Query.query(Criteria.where("provinceCode").is(provinceCode).and("communeCode").is(communeCode)),
				ListedCase.class);
		return draw(list, this.codeLists.specialCircumstances(provinceCode), cases, new CommuneList(list, provinceCode,
				communeCode, communeName, asOf, group, subGroup, 0, List.of(), List.of()));
	}

	/**
	 * @param codes the province's special-circumstance groups, in their order
	 * @param cases the commune's cases
	 * @param asked the list asked for, without counts or children
	 * @return the list with the children whose listing held at the end of the day
	 */
	static CommuneList draw(ListKind list, List<SpecialCircumstanceGroup> codes, List<ListedCase> cases,
			CommuneList asked) {
		Instant endOfDay = asked.asOf().plusDays(1).atStartOfDay(VIETNAM).toInstant();
		String group = asked.group();
		String subGroup = asked.subGroup();
		List<ListedChild> children = new ArrayList<>();
		for (ListedCase listed : cases) {
			for (ListedCase.Held held : listed.heldAt(list, endOfDay)) {
				if ((group == null || group.equals(held.listing().group()))
						&& (subGroup == null || subGroup.equals(held.listing().subGroup()))) {
					children.add(line(listed, held, asked.asOf()));
				}
			}
		}
		children.sort(order(codes));
		List<GroupCount> groups = counts(codes, children, group);
		int total = (int) children.stream().map(CommuneLists::childKey).distinct().count();
		return new CommuneList(list, asked.provinceCode(), asked.communeCode(), asked.communeName(), asked.asOf(),
				group, subGroup, total, groups, children);
	}

	/** The one index the lists need. */
	@Bean
	public ReadModelIndexes communeListIndexes() {
		return ReadModelIndexes.of("the commune lists")
			.on(ListedCase.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("communeCode", Sort.Direction.ASC)
						.named("commune"));
	}

	private static ListedChild line(ListedCase listed, ListedCase.Held held, LocalDate asOf) {
		ListedCase.Child child = held.child();
		Integer age = null;
		if (child.dateOfBirth() == null && child.estimatedAge() != null) {
			// An estimate held on the day of the report; the child has aged since.
			age = child.estimatedAge() + ((child.estimatedOn() != null && child.estimatedOn().isBefore(asOf))
					? Period.between(child.estimatedOn(), asOf).getYears() : 0);
		}
		return new ListedChild(listed.caseId(), listed.caseNumber(), child.childId(), child.fullName(), child.sex(),
				child.dateOfBirth(), age, listed.hamletCode(), listed.hamletName(), held.listing().group(),
				held.listing().subGroup(), LocalDate.ofInstant(held.since(), VIETNAM));
	}

	/** In the order of the code list, then by name as Vietnamese readers sort it. */
	private static Comparator<ListedChild> order(List<SpecialCircumstanceGroup> codes) {
		Map<String, Integer> rank = new HashMap<>();
		for (SpecialCircumstanceGroup group : codes) {
			rank.put(group.code(), rank.size());
			group.subGroups().forEach((subGroup) -> rank.put(subGroup.code(), rank.size()));
		}
		Comparator<String> byRank = Comparator
			.nullsFirst(Comparator.comparing((String code) -> rank.getOrDefault(code, Integer.MAX_VALUE))
				.thenComparing(Comparator.naturalOrder()));
		return Comparator.comparing(ListedChild::group, byRank)
			.thenComparing(ListedChild::subGroup, byRank)
			.thenComparing((child) -> NameFolding.fold(child.fullName()))
			.thenComparing(ListedChild::caseNumber);
	}

	/**
	 * Every group of the code list, zeros included, so that a printed list shows what was
	 * looked for; a group no longer in the code list still shows while children are
	 * listed under it.
	 */
	private static List<GroupCount> counts(List<SpecialCircumstanceGroup> codes, List<ListedChild> children,
			String onlyGroup) {
		Map<String, SpecialCircumstanceGroup> byCode = new LinkedHashMap<>();
		codes.forEach((group) -> byCode.put(group.code(), group));
		Set<String> groupCodes = new java.util.LinkedHashSet<>(byCode.keySet());
		children.forEach((child) -> groupCodes.add(child.group()));
		List<GroupCount> counts = new ArrayList<>();
		for (String code : groupCodes) {
			if (onlyGroup != null && !onlyGroup.equals(code)) {
				continue;
			}
			List<ListedChild> inGroup = children.stream().filter((child) -> code.equals(child.group())).toList();
			SpecialCircumstanceGroup known = byCode.get(code);
			List<SubGroupCount> subGroups = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			if (known != null) {
				for (SpecialCircumstanceGroup.SubGroup subGroup : known.subGroups()) {
					seen.add(subGroup.code());
					subGroups.add(new SubGroupCount(subGroup.code(), subGroup.name(),
							distinctChildren(inGroup, subGroup.code())));
				}
			}
			inGroup.stream()
				.map(ListedChild::subGroup)
				.filter((subGroup) -> !seen.contains(subGroup))
				.distinct()
				.forEach((subGroup) -> subGroups
					.add(new SubGroupCount(subGroup, null, distinctChildren(inGroup, subGroup))));
			counts.add(new GroupCount(code, (known != null) ? known.name() : null,
					(int) inGroup.stream().map(CommuneLists::childKey).distinct().count(), subGroups));
		}
		return counts;
	}

	private static int distinctChildren(List<ListedChild> inGroup, String subGroup) {
		return (int) inGroup.stream()
			.filter((child) -> Objects.equals(subGroup, child.subGroup()))
			.map(CommuneLists::childKey)
			.distinct()
			.count();
	}

	private static String childKey(ListedChild child) {
		return child.caseId() + "/" + child.childId();
	}

}
