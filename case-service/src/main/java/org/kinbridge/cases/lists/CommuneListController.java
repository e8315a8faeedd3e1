package org.kinbridge.cases.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;
import org.kinbridge.cases.reading.AccessPurpose;
import org.kinbridge.cases.reference.CodeLists;
import org.kinbridge.cases.survey.CommuneScope;
import org.kinbridge.platform.adminunits.AdministrativeUnit;
import org.kinbridge.platform.adminunits.AdministrativeUnits;
import org.kinbridge.platform.audit.AccessLog;
import org.kinbridge.platform.export.ExportMediaTypes;
import org.kinbridge.platform.export.ExportResponses;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.web.NotFoundException;
import org.kinbridge.platform.web.Problems;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A commune's lists of children as of any day. They name children, so only the commune's
 * officers and chair and the province's officers read them, and every read is recorded in
 * the access log, one record per case shown.
 */
@RestController
@RequestMapping("/api/cases/communes/{communeCode}/lists")
public class CommuneListController {

	static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER };

	private static final String COMMUNE_CODE = "\\d{5}";

	private static final String COMMUNE_CODE_MESSAGE = "must be a 5-digit commune code";

	private static final String GROUP = "[A-Z][A-Z0-9_]{1,39}";

	private static final String SUB_GROUP = "[A-Z][A-Z0-9_]{1,39}\\.[A-Z][A-Z0-9_]{1,59}";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CommuneScope communes;

	private final CommuneLists lists;

	private final CodeLists codeLists;

	private final AccessLog accessLog;

	private final AdministrativeUnits units;

	private final Clock clock;

	public CommuneListController(CommuneScope communes, CommuneLists lists, CodeLists codeLists, AccessLog accessLog,
			AdministrativeUnits units, Clock clock) {
		this.communes = communes;
		this.lists = lists;
		this.codeLists = codeLists;
		this.accessLog = accessLog;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * @param list the list's name in the path, such as {@code special-circumstances}
	 * @param asOf the day the list is drawn for, today when left out
	 * @param group only children under this group
	 * @param subGroup only children under this sub-group
	 */
	@GetMapping("/{list}")
	public CommuneList list(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@PathVariable String list,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) @Pattern(regexp = GROUP,
					message = "must be a group code such as ORPHANED") String group,
			@RequestParam(required = false) @Pattern(regexp = SUB_GROUP,
					message = "must be a sub-group code such as ORPHANED.WITH_RELATIVES") String subGroup) {
		return read(communeCode, list, asOf, group, subGroup, "GET /api/cases/communes/{communeCode}/lists/{list}",
				AccessPurpose.COMMUNE_LIST)
			.list();
	}

	/**
	 * The same list as a CSV file or a printable PDF (Vietnamese title, province,
	 * commune, the day, and who prepared it).
	 * @param format {@code csv} or {@code pdf}; the {@code Accept} header decides when
	 * left out
	 */
	@GetMapping("/{list}/export")
	public ResponseEntity<byte[]> export(
			@PathVariable @Pattern(regexp = COMMUNE_CODE, message = COMMUNE_CODE_MESSAGE) String communeCode,
			@PathVariable String list,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) @Pattern(regexp = GROUP,
					message = "must be a group code such as ORPHANED") String group,
			@RequestParam(required = false) @Pattern(regexp = SUB_GROUP,
					message = "must be a sub-group code such as ORPHANED.WITH_RELATIVES") String subGroup,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		// Scope first, so that another province learns nothing; then a format we do not
		// write is refused before anything is read.
		this.communes.require(communeCode, READERS);
		MediaType mediaType = ExportMediaTypes.select(format, accept);
		Read read = read(communeCode, list, asOf, group, subGroup,
				"GET /api/cases/communes/{communeCode}/lists/{list}/export", AccessPurpose.COMMUNE_LIST_EXPORT);
		String province = read.commune().provinceCode();
		String provinceName = this.units.find(province, read.list().asOf())
			.or(() -> this.units.find(province, LocalDate.now(this.clock.withZone(VIETNAM))))
			.map(AdministrativeUnit::name)
			.orElse(province);
		return ExportResponses.of(CommuneListExport.table(read.list(), provinceName,
				read.commune().actor().displayName(), this.clock.instant()), mediaType,
				CommuneListExport.fileName(read.list()));
	}

	/**
	 * Checks the caller, the commune and the filters, draws the list and records the read
	 * of every case on it.
	 */
	Read read(String communeCode, String list, LocalDate asOf, String group, String subGroup, String endpoint,
			AccessPurpose purpose) {
		CommuneScope.InCommune commune = this.communes.require(communeCode, READERS);
		ListKind kind = ListKind.byPath(list)
			.orElseThrow(() -> new NotFoundException("no list " + list + " of commune " + communeCode));
		String province = commune.provinceCode();
		String groupCode = (group == null && subGroup != null) ? subGroup.substring(0, subGroup.indexOf('.')) : group;
		if (groupCode != null && kind == ListKind.SPECIAL_CIRCUMSTANCES) {
			this.codeLists.problemWithSpecialCircumstance(province, groupCode, subGroup)
				.ifPresent(
						(problem) -> invalid(problem.startsWith("is not a sub-group") ? "subGroup" : "group", problem));
		}
		LocalDate day = Optional.ofNullable(asOf).orElseGet(() -> LocalDate.now(this.clock.withZone(VIETNAM)));
		CommuneList drawn = this.lists.asOf(kind, province, communeCode, commune.unit().name(), day, groupCode,
				subGroup);
		this.accessLog.recordReads(commune.actor(), commune.role(),
				drawn.children()
					.stream()
					.map((child) -> new AccessLog.Shown(child.caseId(), child.caseNumber(), province, communeCode))
					.distinct()
					.toList(),
				endpoint, purpose.name());
		return new Read(commune, drawn);
	}

	private static void invalid(String field, String message) {
		throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
				Problems.validation(field + " " + message + ".", List.of(new Problems.FieldError(field, message))),
				null);
	}

	/** A list drawn for a caller in a commune. */
	record Read(CommuneScope.InCommune commune, CommuneList list) {
	}

}
