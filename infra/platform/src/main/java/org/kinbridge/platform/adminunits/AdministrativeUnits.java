package org.kinbridge.platform.adminunits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.kinbridge.platform.adminunits.AdministrativeUnit.Level;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The administrative units of Vietnam as they were on any day: versions of units keyed by
 * code and start day, and the links from units that ended to their successors. A case
 * keeps the commune as recorded at the time; this answers which province that commune was
 * in then, and which unit is its successor today.
 */
public class AdministrativeUnits {

	/** The units shipped with the platform. */
	public static final String DEFAULT_LOCATION = "kinbridge/admin-units.json";

	private static final int MAX_SUCCESSIONS = 10;

	private static final Comparator<AdministrativeUnit> BY_START = Comparator.comparing(AdministrativeUnit::validFrom,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private final Map<String, List<AdministrativeUnit>> versionsByCode;

	private final List<Succession> successions;

	public AdministrativeUnits(List<AdministrativeUnit> units, List<Succession> successions) {
		this.versionsByCode = units.stream()
			.collect(Collectors.groupingBy(AdministrativeUnit::code, Collectors.collectingAndThen(Collectors.toList(),
					versions -> versions.stream().sorted(BY_START).toList())));
		this.successions = List.copyOf(successions);
		this.versionsByCode.values().forEach(AdministrativeUnits::requireNoOverlap);
		units.forEach(this::requireParent);
		this.successions.forEach(this::requireBothEnds);
	}

	/** The units shipped in {@value #DEFAULT_LOCATION}. */
	public static AdministrativeUnits fromDefaultData() {
		return load(new ClassPathResource(DEFAULT_LOCATION));
	}

	/** Reads a file shaped like {@value #DEFAULT_LOCATION}. */
	public static AdministrativeUnits load(Resource resource) {
		JsonMapper mapper = JsonMapper.builder()
			.addModule(new JavaTimeModule())
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
		try (InputStream in = resource.getInputStream()) {
			DataFile data = mapper.readValue(in, DataFile.class);
			return new AdministrativeUnits(data.units().stream().map(UnitLine::toUnit).toList(), data.successions());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read administrative units from " + resource.getDescription(), ex);
		}
	}

	/** The version of the unit with this code that was in force on the given day. */
	public Optional<AdministrativeUnit> find(String code, LocalDate asOf) {
		Objects.requireNonNull(asOf, "asOf");
		return versions(code).stream().filter(unit -> unit.isValidOn(asOf)).findFirst();
	}

	/** Every version of the unit with this code, oldest first. */
	public List<AdministrativeUnit> versions(String code) {
		return this.versionsByCode.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
	}

	/**
	 * Whether, on the given day, the commune with this code was part of the province with
	 * that code, directly or through its district.
	 */
	public boolean communeBelongsToProvince(String communeCode, String provinceCode, LocalDate asOf) {
		Optional<AdministrativeUnit> unit = find(communeCode, asOf).filter(found -> found.level() == Level.COMMUNE);
		for (int tier = 0; unit.isPresent() && tier < Level.values().length; tier++) {
			AdministrativeUnit current = unit.get();
			if (current.level() == Level.PROVINCE) {
				return current.code().equals(provinceCode);
			}
			unit = (current.parentCode() != null) ? find(current.parentCode(), asOf) : Optional.empty();
		}
		return false;
	}

	/**
	 * The unit in force on {@code validOn} that the unit with this code is, or became:
	 * itself if it is still in force, otherwise the successor reached by following the
	 * succession links (Tân Trung 30460 gives Xã Phú Tân 30406 from 2025-07-01). Empty if
	 * the code is unknown, if the unit was abolished without successor (the districts),
	 * or if it was split so that no single unit took it over.
	 */
	public Optional<AdministrativeUnit> currentSuccessor(String code, LocalDate validOn) {
		Objects.requireNonNull(validOn, "validOn");
		Optional<AdministrativeUnit> unit = versions(code).stream()
			.filter(version -> version.validFrom() == null || !version.validFrom().isAfter(validOn))
			.max(BY_START);
		for (int hops = 0; unit.isPresent() && hops <= MAX_SUCCESSIONS; hops++) {
			if (unit.get().isValidOn(validOn)) {
				return unit;
			}
			unit = successorOf(unit.get());
		}
		return Optional.empty();
	}

	private Optional<AdministrativeUnit> successorOf(AdministrativeUnit ended) {
		LocalDate on = ended.validTo().plusDays(1);
		List<Succession> links = this.successions.stream()
			.filter(link -> link.from().equals(ended.code()) && link.on().equals(on))
			.toList();
		List<Succession> whole = links.stream().filter(link -> !link.partial()).toList();
		List<Succession> candidates = whole.isEmpty() ? links : whole;
		return (candidates.size() == 1) ? find(candidates.get(0).to(), on) : Optional.empty();
	}

	private static void requireNoOverlap(List<AdministrativeUnit> versions) {
		for (int i = 1; i < versions.size(); i++) {
			if (versions.get(i - 1).overlaps(versions.get(i))) {
				throw new IllegalArgumentException("two versions of unit " + versions.get(i).code()
						+ " are in force on the same days: " + versions.get(i - 1) + " and " + versions.get(i));
			}
		}
	}

	private void requireParent(AdministrativeUnit unit) {
		if (unit.parentCode() == null) {
			return;
		}
		LocalDate day = (unit.validTo() != null) ? unit.validTo() : unit.validFrom();
		if (day == null || find(unit.parentCode(), day).isEmpty()) {
			throw new IllegalArgumentException(
					"unit " + unit.code() + " has no parent " + unit.parentCode() + " in force on the same days");
		}
	}

	private void requireBothEnds(Succession link) {
		boolean fromEnds = versions(link.from()).stream()
			.anyMatch(version -> link.on().minusDays(1).equals(version.validTo()));
		boolean toStarts = versions(link.to()).stream().anyMatch(version -> link.on().equals(version.validFrom()));
		if (!fromEnds || !toStarts) {
			throw new IllegalArgumentException(
					"succession " + link.from() + " -> " + link.to() + " on " + link.on() + " needs a version of "
							+ link.from() + " ending the day before and one of " + link.to() + " starting that day");
		}
	}

	private record DataFile(List<UnitLine> units, List<Succession> successions) {

		DataFile {
			units = (units != null) ? units : List.of();
			successions = (successions != null) ? successions : List.of();
		}

	}

	/**
	 * A line of the data file; {@code source}, {@code note} and {@code verify} are for
	 * people.
	 */
	private record UnitLine(String code, Level level, String name, String parentCode, LocalDate validFrom,
			LocalDate validTo) {

		AdministrativeUnit toUnit() {
			return new AdministrativeUnit(this.code, this.level, this.name, this.parentCode, this.validFrom,
					this.validTo);
		}

	}

}
