package org.kinbridge.family.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.kinbridge.family.reading.AccessPurpose;
import org.kinbridge.family.reading.CaregiverReader;
import org.kinbridge.family.reading.CaregiverReader.Scope;
import org.kinbridge.family.reading.QuarterlyRegisterEntry;
import org.kinbridge.family.reading.RegisterEntry;
import org.kinbridge.platform.adminunits.AdministrativeUnit;
import org.kinbridge.platform.adminunits.AdministrativeUnits;
import org.kinbridge.platform.export.ExportResponses;
import org.kinbridge.platform.web.DomainRuleViolation;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commune register of caregivers (danh sách đăng ký nhận chăm sóc thay thế): the
 * eligible and suspended caregivers of a commune as they stand, as JSON, CSV or PDF; and
 * the quarterly report to the province, with the changes of the quarter. Each caregiver
 * listed is recorded in the access log.
 */
@RestController
@RequestMapping("/api/families")
public class RegisterController {

	private static final String FORMATS = "json|csv|pdf";

	private static final String FORMATS_MESSAGE = "must be json, csv or pdf";

	private static final String COMMUNE = "\\d{5}";

	private static final String COMMUNE_MESSAGE = "must be a 5-digit commune code";

	private final CaregiverReader reader;

	private final AdministrativeUnits units;

	private final Clock clock;

	public RegisterController(CaregiverReader reader, AdministrativeUnits units, Clock clock) {
		this.reader = reader;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * @param commune the commune, or none for the caller's own (commune staff) or the
	 * whole province (province staff)
	 * @param format {@code json} (the default), {@code csv} or {@code pdf}
	 */
	@GetMapping("/register")
	public ResponseEntity<?> register(
			@RequestParam(required = false) @Pattern(regexp = COMMUNE, message = COMMUNE_MESSAGE) String commune,
			@RequestParam(defaultValue = "json") @Pattern(regexp = FORMATS, message = FORMATS_MESSAGE) String format) {
		Scope scope = this.reader.scope(commune);
		if ("json".equals(format)) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(this.reader.register(scope, "GET /api/families/register", AccessPurpose.REGISTER));
		}
		List<RegisterEntry> entries = this.reader.register(scope, "GET /api/families/register?format=" + format,
				AccessPurpose.REGISTER_EXPORT);
		LocalDate today = this.reader.today();
		List<String> headerLines = new ArrayList<>();
		headerLines.add(unitName(scope.provinceCode(), today) + " (mã " + scope.provinceCode() + ")");
		headerLines.add((scope.communeCode() != null)
				? unitName(scope.communeCode(), today) + " (mã " + scope.communeCode() + ")" : "Toàn tỉnh");
		headerLines.add("Tính đến ngày " + RegisterExports.day(today));
		String footer = RegisterExports.preparedBy(scope.actor().displayName(), scope.role().name(),
				this.clock.instant());
		String name = "so-dang-ky-cham-soc-thay-the-"
				+ ((scope.communeCode() != null) ? scope.communeCode() : scope.provinceCode()) + "-" + today;
		return ExportResponses.of(RegisterExports.register(entries, headerLines, footer), format, name);
	}

	/**
	 * The quarterly report of a commune's register to the province: everyone on the
	 * register at the end of the quarter (or today, while it runs) and every change on it
	 * during the quarter.
	 * @param format {@code json} (the default), {@code csv} or {@code pdf}
	 */
	@GetMapping("/communes/{commune}/register/quarterly")
	public ResponseEntity<?> quarterly(
			@PathVariable @Pattern(regexp = COMMUNE, message = COMMUNE_MESSAGE) String commune,
			@RequestParam @Min(2016) @Max(2100) int year, @RequestParam @Min(1) @Max(4) int quarter,
			@RequestParam(defaultValue = "json") @Pattern(regexp = FORMATS, message = FORMATS_MESSAGE) String format) {
		LocalDate today = this.reader.today();
		LocalDate from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
		LocalDate to = from.plusMonths(3).minusDays(1);
		LocalDate asOf = to.isAfter(today) ? today : to;
		Scope scope = this.reader.scope(commune, asOf);
		if (from.isAfter(today)) {
			throw new DomainRuleViolation("register.quarter-not-started", "quarter: Quý " + quarter + "/" + year
					+ " starts on " + RegisterExports.day(from) + ", after today.");
		}
		AdministrativeUnit unit = this.units.find(commune, asOf)
			.filter(found -> this.units.communeBelongsToProvince(commune, scope.provinceCode(), asOf))
			// Another province's commune is "not found", like its caregivers.
			.orElseThrow(() -> new NotFoundException("No commune " + commune + " in the caller's province."));
		List<QuarterlyRegisterEntry> entries = this.reader.registerDuring(scope, from, asOf,
				"GET /api/families/communes/{commune}/register/quarterly");
		QuarterlyRegister report = new QuarterlyRegister(scope.provinceCode(), unitName(scope.provinceCode(), asOf),
				commune, unit.name(), year, quarter, from, to, asOf, entries, QuarterlyRegister.Counts.of(entries),
				scope.actor().displayName(), scope.role().name(), this.clock.instant());
		if ("json".equals(format)) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
		}
		return ExportResponses.of(RegisterExports.quarterly(report, "csv".equals(format)), format,
				"so-dang-ky-cham-soc-thay-the-" + commune + "-" + year + "-Q" + quarter);
	}

	private String unitName(String code, LocalDate on) {
		return this.units.find(code, on).map(AdministrativeUnit::name).orElse(code);
	}

}
