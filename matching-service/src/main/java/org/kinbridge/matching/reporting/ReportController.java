package org.kinbridge.matching.reporting;

import jakarta.validation.constraints.Pattern;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alternative-care figures of the caller's province for analysts and the province's
 * officers; another province's figures are answered as not found.
 */
@RestController
@Validated
@RequestMapping("/api/matching/reports")
public class ReportController {

	private final PlacementReports reports;

	private final TenantGuard tenant;

	public ReportController(PlacementReports reports, TenantGuard tenant) {
		this.reports = reports;
		this.tenant = tenant;
	}

	@GetMapping
	public PlacementReport report(
			@RequestParam(required = false) @Pattern(regexp = "\\d{2}",
					message = "must be a two-digit province code") String province,
			@RequestParam(required = false) @Pattern(regexp = "\\d{5}",
					message = "must be a five-digit commune code") String commune) {
		Actor actor = this.tenant.requireAnyRole(Role.ANALYST, Role.PROVINCE_OFFICER);
		if (province != null) {
			this.tenant.requireSameProvince(new ProvinceCode(province));
		}
		return this.reports.report(actor.province().value(), commune);
	}

}
