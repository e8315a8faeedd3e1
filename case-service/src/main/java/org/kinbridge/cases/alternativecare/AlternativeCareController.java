package org.kinbridge.cases.alternativecare;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinbridge.cases.alternativecare.AlternativeCareView.NeedView;
import org.kinbridge.cases.alternativecare.api.AddRelative;
import org.kinbridge.cases.alternativecare.api.AlternativeCareCategory;
import org.kinbridge.cases.alternativecare.api.CareType;
import org.kinbridge.cases.alternativecare.api.ChildOpinion;
import org.kinbridge.cases.alternativecare.api.ConfirmEligibility;
import org.kinbridge.cases.alternativecare.api.Consent;
import org.kinbridge.cases.alternativecare.api.ConsentBasis;
import org.kinbridge.cases.alternativecare.api.DossierEvidence;
import org.kinbridge.cases.alternativecare.api.DossierItem;
import org.kinbridge.cases.alternativecare.api.EndAlternativeCareNeed;
import org.kinbridge.cases.alternativecare.api.MatchingProfile;
import org.kinbridge.cases.alternativecare.api.NeedEndReason;
import org.kinbridge.cases.alternativecare.api.NeedStatus;
import org.kinbridge.cases.alternativecare.api.RecordAlternativeCareNeed;
import org.kinbridge.cases.alternativecare.api.RecordChildOpinion;
import org.kinbridge.cases.alternativecare.api.RecordConsent;
import org.kinbridge.cases.alternativecare.api.RecordDossierItem;
import org.kinbridge.cases.alternativecare.api.RelativeDetails;
import org.kinbridge.cases.alternativecare.api.RelativeRelation;
import org.kinbridge.cases.alternativecare.api.RelativeResponse;
import org.kinbridge.cases.alternativecare.api.UpdateRelative;
import org.kinbridge.cases.casefile.CaseCommands;
import org.kinbridge.cases.casefile.CaseState;
import org.kinbridge.cases.casefile.CaseSummary;
import org.kinbridge.cases.reading.AccessPurpose;
import org.kinbridge.cases.reading.CaseReader;
import org.kinbridge.platform.adminunits.AdministrativeUnit;
import org.kinbridge.platform.adminunits.AdministrativeUnits;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.Problems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's alternative care: the commune officer, the chair or the province officer
 * records that children need it, works through the eligibility checklist, lists the
 * relatives, confirms eligibility and ends the need; those who oversee the case read it.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/alternative-care")
public class AlternativeCareController {

	/**
	 * The commune officer determines; the chair directs; the province officer steps in.
	 */
	private static final Role[] ACTORS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER };

	/**
	 * Confirming is the commune's decision, recorded under the chair's role when held.
	 */
	private static final Role[] DECIDERS = { Role.COMMUNE_CHAIR, Role.COMMUNE_OFFICER, Role.PROVINCE_OFFICER };

	/** Collaborators report and follow up, but do not read relatives and dossiers. */
	private static final Role[] READERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR, Role.PROVINCE_OFFICER,
			Role.AUDITOR };

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

	private final CaseCommands cases;

	private final CaseReader reader;

	private final TenantGuard tenant;

	private final AlternativeCareProjection views;

	private final AlternativeCareRules rules;

	private final AdministrativeUnits units;

	private final Clock clock;

	private final Supplier<String> ids;

	@Autowired
	public AlternativeCareController(CaseCommands cases, CaseReader reader, TenantGuard tenant,
			AlternativeCareProjection views, AlternativeCareRules rules, AdministrativeUnits units, Clock clock) {
		this(cases, reader, tenant, views, rules, units, clock, () -> UUID.randomUUID().toString());
	}

	AlternativeCareController(CaseCommands cases, CaseReader reader, TenantGuard tenant,
			AlternativeCareProjection views, AlternativeCareRules rules, AdministrativeUnits units, Clock clock,
			Supplier<String> ids) {
		this.cases = cases;
		this.reader = reader;
		this.tenant = tenant;
		this.views = views;
		this.rules = rules;
		this.units = units;
		this.clock = clock;
		this.ids = ids;
	}

	/**
	 * The needs with what their checklists still miss today, relatives, care and history.
	 */
	@GetMapping
	public AlternativeCareView read(@PathVariable String caseId) {
		this.tenant.requireAnyRole(READERS);
		CaseSummary found = this.reader.open(caseId, "GET /api/cases/{caseId}/alternative-care",
				AccessPurpose.CASE_VIEW);
		AlternativeCareView view = this.views.find(caseId)
			.orElseGet(() -> new AlternativeCareView(caseId, found.provinceCode(), found.communeCode(), List.of(),
					List.of(), List.of(), List.of(), List.of()));
		return withUnmetToday(view);
	}

	@PostMapping("/needs")
	@ResponseStatus(HttpStatus.CREATED)
	public NeedStep identify(@PathVariable String caseId, @Valid @RequestBody NeedRequest request) {
		String needId = "need-" + this.ids.get();
		return step(caseId, needId, this.cases.answer(ACTORS,
				by -> new RecordAlternativeCareNeed(caseId, needId, request.childIds(), request.keepsTogether(),
						stripped(request.splitReason()), request.category(), request.reason().strip(),
						request.legalBasis().strip(), request.inFacility(), stripped(request.facilityListApprovalRef()),
						List.copyOf(new LinkedHashSet<>(request.careTypesSought())), request.profilesToAdd(), by)));
	}

	@PostMapping("/needs/{needId}/dossier")
	public NeedStep recordDossierItem(@PathVariable String caseId, @PathVariable String needId,
			@Valid @RequestBody DossierRequest request) {
		DossierEvidence evidence = new DossierEvidence(request.item(), stripped(request.evidenceRef()),
				request.takenOn(), stripped(request.notAvailableReason()));
		return step(caseId, needId, this.cases.answer(ACTORS, by -> new RecordDossierItem(caseId, needId,
				request.childId(), evidence, stripped(request.correctionReason()), by)));
	}

	@PostMapping("/needs/{needId}/consent")
	public NeedStep recordConsent(@PathVariable String caseId, @PathVariable String needId,
			@Valid @RequestBody ConsentRequest request) {
		Consent consent = new Consent(request.basis(), stripped(request.givenBy()), stripped(request.givenByRelation()),
				stripped(request.documentRef()), stripped(request.legalGround()));
		return step(caseId, needId, this.cases.answer(ACTORS, by -> new RecordConsent(caseId, needId, request.childId(),
				consent, stripped(request.correctionReason()), by)));
	}

	@PostMapping("/needs/{needId}/child-opinion")
	public NeedStep recordChildOpinion(@PathVariable String caseId, @PathVariable String needId,
			@Valid @RequestBody OpinionRequest request) {
		ChildOpinion opinion = new ChildOpinion(request.obtainedOn(), request.summary().strip(), request.agrees());
		return step(caseId, needId, this.cases.answer(ACTORS, by -> new RecordChildOpinion(caseId, needId,
				request.childId(), opinion, stripped(request.correctionReason()), by)));
	}

	@PostMapping("/needs/{needId}/confirm")
	public NeedStep confirm(@PathVariable String caseId, @PathVariable String needId,
			@Valid @RequestBody(required = false) ConfirmRequest request) {
		String note = (request != null) ? stripped(request.note()) : null;
		return step(caseId, needId,
				this.cases.answer(DECIDERS, by -> new ConfirmEligibility(caseId, needId, note, by)));
	}

	@PostMapping("/needs/{needId}/end")
	public NeedStep end(@PathVariable String caseId, @PathVariable String needId,
			@Valid @RequestBody EndRequest request) {
		return step(caseId, needId, this.cases.answer(ACTORS,
				by -> new EndAlternativeCareNeed(caseId, needId, request.reason(), stripped(request.note()), by)));
	}

	@PostMapping("/relatives")
	@ResponseStatus(HttpStatus.CREATED)
	public RelativeStep addRelative(@PathVariable String caseId, @Valid @RequestBody RelativeRequest request) {
		RelativeDetails relative = toDetails(request);
		String relativeId = "rel-" + this.ids.get();
		CaseState status = this.cases.answer(ACTORS, by -> new AddRelative(caseId, relativeId, relative, by));
		return new RelativeStep(caseId, relativeId, status);
	}

	@PutMapping("/relatives/{relativeId}")
	public RelativeStep updateRelative(@PathVariable String caseId, @PathVariable String relativeId,
			@Valid @RequestBody RelativeRequest request) {
		RelativeDetails relative = toDetails(request);
		CaseState status = this.cases.answer(ACTORS, by -> new UpdateRelative(caseId, relativeId, relative, by));
		return new RelativeStep(caseId, relativeId, status);
	}

	private AlternativeCareView withUnmetToday(AlternativeCareView view) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), VIETNAM);
		AlternativeCareRules.ProvinceRules provinceRules = this.rules.of(view.provinceCode());
		List<NeedView> needs = view.needs().stream().map(need -> {
			if (need.status() != NeedStatus.IDENTIFIED && need.status() != NeedStatus.DOSSIER_COMPLETE) {
				return need;
			}
			List<EligibilityChecklist.ChildUnderReview> children = need.checklist()
				.stream()
				.map(checklist -> new EligibilityChecklist.ChildUnderReview(checklist.childId(),
						view.children()
							.stream()
							.filter(child -> child.childId().equals(checklist.childId()))
							.findFirst()
							.map(AlternativeCareView.ChildAge::facts)
							.orElse(new AgeFacts(null, null, null)),
						checklist.dossier(), (checklist.consent() != null) ? checklist.consent().consent() : null,
						(checklist.childOpinion() != null) ? checklist.childOpinion().opinion() : null))
				.toList();
			return new NeedView(need.needId(), need.status(), need.childIds(), need.keepSiblingsTogether(),
					need.splitReason(), need.category(), need.reason(), need.legalBasis(), need.inFacility(),
					need.facilityListApprovalRef(), need.careTypesSought(), need.profiles(), need.checklist(),
					need.identifiedBy(), need.confirmedBy(), need.confirmationNote(), need.endReason(), need.endNote(),
					need.endedBy(), EligibilityChecklist.unmet(children, today, provinceRules));
		}).toList();
		return new AlternativeCareView(view.caseId(), view.provinceCode(), view.communeCode(), view.children(), needs,
				view.relatives(), view.arrangements(), view.history());
	}

	/**
	 * The relative's province and commune must exist today, and the commune lie in the
	 * province, so that the right commune can be asked to reach them.
	 */
	private RelativeDetails toDetails(RelativeRequest request) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), VIETNAM);
		List<Problems.FieldError> errors = new ArrayList<>();
		boolean provinceExists = this.units.find(request.provinceCode(), today)
			.filter(unit -> unit.level() == AdministrativeUnit.Level.PROVINCE)
			.isPresent();
		if (!provinceExists) {
			errors.add(new Problems.FieldError("provinceCode", "is not a province on " + today));
		}
		else if (request.communeCode() != null
				&& !this.units.communeBelongsToProvince(request.communeCode(), request.provinceCode(), today)) {
			errors.add(new Problems.FieldError("communeCode",
					"is not a commune of province " + request.provinceCode() + " on " + today));
		}
		if (!errors.isEmpty()) {
			ProblemDetail problem = Problems
				.validation("Field '" + errors.get(0).field() + "' " + errors.get(0).message(), errors);
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		}
		return new RelativeDetails(request.fullName().strip(), request.relation(), stripped(request.phone()),
				request.provinceCode(), request.communeCode(), stripped(request.conditionsAssessment()),
				request.notifiedOn(), stripped(request.notifiedBy()),
				(request.response() != null) ? request.response() : RelativeResponse.UNKNOWN,
				stripped(request.caregiverId()));
	}

	private static NeedStep step(String caseId, String needId, NeedStatus status) {
		return new NeedStep(caseId, needId, status);
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The answer to a command on a need: where the need now stands. */
	public record NeedStep(String caseId, String needId, NeedStatus status) {
	}

	/** The answer to a command on a relative, with the step the case is at. */
	public record RelativeStep(String caseId, String relativeId, CaseState status) {
	}

	/**
	 * @param keepSiblingsTogether {@code true} when left out
	 * @param profiles what the officer adds to each child's matching profile
	 */
	public record NeedRequest(@NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 80) String> childIds,
			Boolean keepSiblingsTogether, @Size(max = 2000) String splitReason,
			@NotNull AlternativeCareCategory category, @NotBlank @Size(max = 4000) String reason,
			@NotBlank @Size(max = 500) String legalBasis, boolean inFacility,
			@Size(max = 200) String facilityListApprovalRef,
			@NotEmpty @Size(max = 4) List<@NotNull CareType> careTypesSought,
			@Size(max = 12) List<@NotNull @Valid ProfileRequest> profiles) {

		boolean keepsTogether() {
			return !Boolean.FALSE.equals(this.keepSiblingsTogether);
		}

		@AssertTrue(message = "give the approval of the facility's list when the child is in a facility")
		public boolean isFacilityListGivenForAChildInAFacility() {
			return !this.inFacility
					|| (this.facilityListApprovalRef != null && !this.facilityListApprovalRef.isBlank());
		}

		List<MatchingProfile> profilesToAdd() {
			return (this.profiles != null) ? this.profiles.stream().map(ProfileRequest::toProfile).toList() : List.of();
		}

	}

	/**
	 * @param languages ISO 639 codes of further languages the child speaks
	 * @param needs codes of disabilities and care needs, such as {@code HEARING}
	 */
	public record ProfileRequest(@NotBlank String childId,
			@Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2,3}",
					message = "must be an ISO 639 code such as vi") String> languages,
			@Size(max = 20) List<@NotNull @Pattern(regexp = CODE,
					message = "must be an upper-case code such as HEARING") String> needs) {

		MatchingProfile toProfile() {
			return new MatchingProfile(this.childId,
					(this.languages != null) ? List.copyOf(new LinkedHashSet<>(this.languages)) : List.of(),
					(this.needs != null) ? List.copyOf(new LinkedHashSet<>(this.needs)) : List.of());
		}

	}

	/**
	 * @param takenOn for the photos, the day they were taken
	 * @param notAvailableReason for the birth certificate or identity document, why the
	 * child has none
	 * @param correctionReason why an item of a confirmed need is recorded again
	 */
	public record DossierRequest(@NotBlank @Size(max = 80) String childId, @NotNull DossierItem item,
			@Size(max = 200) String evidenceRef, @PastOrPresent LocalDate takenOn,
			@Size(max = 1000) String notAvailableReason, @Size(max = 2000) String correctionReason) {

		@AssertTrue(message = "give the document's reference, or for a birth certificate why the child has none")
		public boolean isEvidenceReferenced() {
			return (this.evidenceRef != null && !this.evidenceRef.isBlank())
					|| (this.item == DossierItem.BIRTH_CERTIFICATE_OR_ID && this.notAvailableReason != null
							&& !this.notAvailableReason.isBlank());
		}

		@AssertTrue(message = "say when the photos were taken")
		public boolean isPhotosDated() {
			return this.item != DossierItem.PHOTOS || this.takenOn != null;
		}

	}

	/**
	 * @param givenBy the parent or guardian who consented
	 * @param documentRef the written consent
	 * @param legalGround the provision that stands in for consent
	 */
	public record ConsentRequest(@NotBlank @Size(max = 80) String childId, @NotNull ConsentBasis basis,
			@Size(max = 120) String givenBy, @Size(max = 60) String givenByRelation,
			@Size(max = 200) String documentRef, @Size(max = 500) String legalGround,
			@Size(max = 2000) String correctionReason) {

		@AssertTrue(message = "name who consented and the written consent, or the legal ground of the exception")
		public boolean isConsentComplete() {
			if (this.basis == ConsentBasis.LEGAL_EXCEPTION) {
				return this.legalGround != null && !this.legalGround.isBlank();
			}
			return this.givenBy != null && !this.givenBy.isBlank() && this.documentRef != null
					&& !this.documentRef.isBlank();
		}

	}

	public record OpinionRequest(@NotBlank @Size(max = 80) String childId, @NotNull @PastOrPresent LocalDate obtainedOn,
			@NotBlank @Size(max = 4000) String summary, @NotNull Boolean agrees,
			@Size(max = 2000) String correctionReason) {
	}

	public record ConfirmRequest(@Size(max = 2000) String note) {
	}

	public record EndRequest(@NotNull NeedEndReason reason, @Size(max = 2000) String note) {

		@AssertTrue(message = "say why the need ended when the reason is OTHER")
		public boolean isNoteGivenForOther() {
			return this.reason != NeedEndReason.OTHER || (this.note != null && !this.note.isBlank());
		}

	}

	/**
	 * @param provinceCode where the relative lives
	 * @param communeCode the commune where they live, when known
	 * @param notifiedOn when they were told and asked to come forward
	 * @param caregiverId their caregiver id once registered in family-service (Form 08)
	 */
	public record RelativeRequest(@NotBlank @Size(max = 120) String fullName, @NotNull RelativeRelation relation,
			@Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "must be a phone number") String phone,
			@NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String provinceCode,
			@Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
			@Size(max = 4000) String conditionsAssessment, @PastOrPresent LocalDate notifiedOn,
			@Size(max = 120) String notifiedBy, RelativeResponse response, @Size(max = 80) String caregiverId) {
	}

}
