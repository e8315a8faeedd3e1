package org.kinbridge.analytics.progress;

import jakarta.validation.constraints.Pattern;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The model's figures of the caller's province for analysts, auditors, province officers
 * and platform administrators. The province is always the caller's: naming another one is
 * answered as not found, so another province's figures never appear.
 */
@RestController
@Validated
@RequestMapping("/api/analytics")
public class ProgressController {

	private static final MediaType SVG = MediaType.valueOf("image/svg+xml;charset=UTF-8");

	private final ProgressFigures figures;

	private final TenantGuard tenant;

	public ProgressController(ProgressFigures figures, TenantGuard tenant) {
		this.figures = figures;
		this.tenant = tenant;
	}

	@GetMapping("/kpis")
	public Kpis kpis(
			@RequestParam(required = false) @Pattern(regexp = "\\d{2}",
					message = "must be a two-digit province code") String province,
			@RequestParam(required = false) @Pattern(regexp = "\\d{5}",
					message = "must be a five-digit commune code") String commune) {
		return this.figures.kpis(callersProvince(province), commune);
	}

	@GetMapping("/progress")
	public Progress progress(
			@RequestParam(required = false) @Pattern(regexp = "\\d{2}",
					message = "must be a two-digit province code") String province,
			@RequestParam(required = false) @Pattern(regexp = "\\d{5}",
					message = "must be a five-digit commune code") String commune) {
		return this.figures.progress(callersProvince(province), commune);
	}

	@GetMapping(path = "/progress/chart.svg")
	public ResponseEntity<String> chart(
			@RequestParam(required = false) @Pattern(regexp = "\\d{2}",
					message = "must be a two-digit province code") String province,
			@RequestParam(required = false) @Pattern(regexp = "\\d{5}",
					message = "must be a five-digit commune code") String commune) {
		Progress progress = this.figures.progress(callersProvince(province), commune);
		return ResponseEntity.ok()
			.contentType(SVG)
			.cacheControl(CacheControl.noStore())
			.body(ProgressChart.svg(progress, commune));
	}

	private String callersProvince(String asked) {
		Actor actor = this.tenant.requireAnyRole(Role.ANALYST, Role.AUDITOR, Role.PROVINCE_OFFICER,
				Role.PLATFORM_ADMIN);
		if (asked != null) {
			this.tenant.requireSameProvince(new ProvinceCode(asked));
		}
		return actor.province().value();
	}

}
