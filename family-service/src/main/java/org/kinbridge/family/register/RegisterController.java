package org.kinbridge.family.register;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.kinbridge.family.reading.AccessPurpose;
import org.kinbridge.family.reading.CaregiverReader;
import org.kinbridge.family.reading.CaregiverReader.Scope;
import org.kinbridge.family.reading.RegisterEntry;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commune register of caregivers (danh sách đăng ký nhận chăm sóc thay thế): the
 * eligible and suspended caregivers of a commune, as JSON or as a CSV file for the
 * quarterly report to the province. Each caregiver listed is recorded in the access log.
 */
@RestController
@RequestMapping("/api/families/register")
public class RegisterController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final CaregiverReader reader;

	public RegisterController(CaregiverReader reader) {
		this.reader = reader;
	}

	/**
	 * @param commune the commune, or none for the caller's own (commune staff) or the
	 * whole province (province staff)
	 * @param format {@code json} (the default) or {@code csv}
	 */
	@GetMapping
	public ResponseEntity<?> register(
			@RequestParam(required = false) @Pattern(regexp = "\\d{5}",
					message = "must be a 5-digit commune code") String commune,
			@RequestParam(defaultValue = "json") @Pattern(regexp = "json|csv",
					message = "must be json or csv") String format) {
		Scope scope = this.reader.scope(commune);
		if ("csv".equals(format)) {
			List<RegisterEntry> entries = this.reader.register(scope, "GET /api/families/register?format=csv",
					AccessPurpose.REGISTER_EXPORT);
			String name = "so-dang-ky-cham-soc-thay-the-"
					+ ((scope.communeCode() != null) ? scope.communeCode() : scope.provinceCode()) + "-"
					+ this.reader.today() + ".csv";
			return ResponseEntity.ok()
				.contentType(CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name).build().toString())
				.body(RegisterCsv.write(entries));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.reader.register(scope, "GET /api/families/register", AccessPurpose.REGISTER));
	}

}
