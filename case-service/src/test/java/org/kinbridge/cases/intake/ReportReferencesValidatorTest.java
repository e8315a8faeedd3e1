package org.kinbridge.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinbridge.cases.intake.api.Concern;
import org.kinbridge.cases.intake.api.ReportChannel;
import org.kinbridge.cases.intake.api.Sex;
import org.kinbridge.cases.reference.CodeLists;
import org.kinbridge.platform.adminunits.AdministrativeUnit;
import org.kinbridge.platform.adminunits.AdministrativeUnit.Level;
import org.kinbridge.platform.adminunits.AdministrativeUnits;
import org.kinbridge.platform.adminunits.Succession;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.CurrentActor;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * A report's codes are checked against the caller's province as it was on the day of
 * receipt, and each problem lands on its own field.
 */
class ReportReferencesValidatorTest {

	private static final Actor OFFICER = new Actor("officer.phutan", null, Set.of(Role.COMMUNE_OFFICER),
			new ProvinceCode("91"), new CommuneCode("30406"));

	private static final CodeLists CODE_LISTS = new CodeLists(
			new DefaultResourceLoader().getResource(CodeLists.DEFAULT_LOCATION));

	/**
	 * 30 June 2025, 20:00 UTC: already 1 July 2025, the day of the mergers, in Vietnam.
	 */
	private static final OffsetDateTime MERGER_NIGHT = OffsetDateTime.parse("2025-06-30T20:00:00Z");

	private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	private static final LocalDate EVE = MERGER.minusDays(1);

	/**
	 * The pilot area around the 2025 mergers: province 91 was Kiên Giang and is An Giang,
	 * Tân Trung (30460) was merged into Xã Phú Tân, which took over the code 30406 of Thị
	 * trấn Phú Mỹ.
	 */
	private static final AdministrativeUnits UNITS = new AdministrativeUnits(
			List.of(unit("89", Level.PROVINCE, "Tỉnh An Giang", null, null, EVE),
					unit("91", Level.PROVINCE, "Tỉnh Kiên Giang", null, null, EVE),
					unit("91", Level.PROVINCE, "Tỉnh An Giang", null, MERGER, null),
					unit("79", Level.PROVINCE, "Thành phố Hồ Chí Minh", null, null, null),
					unit("888", Level.DISTRICT, "Huyện Phú Tân", "89", null, EVE),
					unit("30406", Level.COMMUNE, "Thị trấn Phú Mỹ", "888", null, EVE),
					unit("30460", Level.COMMUNE, "Xã Tân Trung", "888", null, EVE),
					unit("30406", Level.COMMUNE, "Xã Phú Tân", "91", MERGER, null),
					unit("30430", Level.COMMUNE, "Xã Hòa Lạc", "91", MERGER, null),
					unit("26740", Level.COMMUNE, "Phường Sài Gòn", "79", MERGER, null)),
			List.of(new Succession("30460", "30406", MERGER, false)));

	private ValidatorFactory factory;

	private Validator validator;

	@BeforeEach
	void validator() {
		ReportReferencesValidator references = new ReportReferencesValidator(UNITS, CODE_LISTS,
				new TenantGuard(new FixedActor(OFFICER)));
		ConstraintValidatorFactory defaults = Validation.byDefaultProvider()
			.configure()
			.getDefaultConstraintValidatorFactory();
		this.factory = Validation.byDefaultProvider()
			.configure()
			.constraintValidatorFactory(new ConstraintValidatorFactory() {
				@Override
				@SuppressWarnings("unchecked")
				public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
					return (key == ReportReferencesValidator.class) ? (T) references : defaults.getInstance(key);
				}

				@Override
				public void releaseInstance(ConstraintValidator<?, ?> instance) {
				}
			})
			.buildValidatorFactory();
		this.validator = this.factory.getValidator();
	}

	@AfterEach
	void close() {
		this.factory.close();
	}

	@Test
	void acceptsAReportWhoseCodesResolveInTheProvinceOnTheDayOfReceipt() {
		assertThat(this.validator.validate(report(MERGER_NIGHT,
				child("30406", "30430", LocalDate.of(2016, 3, 2),
						new ReportRequest.SpecialCircumstanceRequest("ORPHANED", "ORPHANED.WITH_RELATIVES")))))
			.isEmpty();
	}

	@Test
	void codesAreReadOnTheDayOfReceiptInVietnamNotInUtc() {
		// On 30 June (UTC) Phú Tân's 30406 was still Thị trấn Phú Mỹ in province 89.
		ReportRequest report = report(MERGER_NIGHT, child("30406", null, null));

		assertThat(this.validator.validate(report)).isEmpty();
		OffsetDateTime lateOnTheEve = OffsetDateTime.parse("2025-06-30T16:00:00Z");
		assertThat(fields(report(lateOnTheEve, child("30406", null, null)))).containsExactlyInAnyOrder("communeCode",
				"children[0].residenceCommuneCode");
	}

	@Test
	void aCommuneUnknownOnTheDayOfReceiptIsRefusedOnItsOwnField() {
		assertThat(fields(report(MERGER_NIGHT, child("30460", null, null))))
			.containsExactly("children[0].residenceCommuneCode");
		assertThat(messages(report(MERGER_NIGHT, child("30460", null, null))))
			.containsExactly("is not a commune of the administrative-unit register on 2025-07-01");
	}

	@Test
	void aCommuneOfAnotherProvinceIsRefused() {
		ReportRequest report = report(MERGER_NIGHT, child(null, "26740", null));

		assertThat(fields(report)).containsExactly("children[0].incidentCommuneCode");
		assertThat(messages(report)).containsExactly("is not a commune of province 91 on 2025-07-01");
	}

	@Test
	void aChildCannotBeBornAfterTheReportNorBeAnAdultOnTheDayOfIt() {
		assertThat(fields(report(MERGER_NIGHT, child(null, null, LocalDate.of(2025, 7, 2)),
				child(null, null, LocalDate.of(2007, 7, 1)), child(null, null, LocalDate.of(2007, 7, 2)))))
			.containsExactlyInAnyOrder("children[0].dateOfBirth", "children[1].dateOfBirth");
	}

	@Test
	void specialCircumstancesMustBeInTheProvincesCodeList() {
		ReportRequest report = report(MERGER_NIGHT,
				child(null, null, null, new ReportRequest.SpecialCircumstanceRequest("ORPHANED", null),
						new ReportRequest.SpecialCircumstanceRequest("ORPHANED", "ABANDONED.IN_ALTERNATIVE_CARE"),
						new ReportRequest.SpecialCircumstanceRequest("FORGOTTEN", null)));

		assertThat(fields(report)).containsExactlyInAnyOrder("children[0].specialCircumstances[1].subGroup",
				"children[0].specialCircumstances[2].group");
		assertThat(messages(report)).noneMatch((message) -> message.contains("FORGOTTEN"));
	}

	private static AdministrativeUnit unit(String code, Level level, String name, String parent, LocalDate from,
			LocalDate to) {
		return new AdministrativeUnit(code, level, name, parent, from, to);
	}

	private List<String> fields(ReportRequest report) {
		return this.validator.validate(report)
			.stream()
			.map((violation) -> violation.getPropertyPath().toString())
			.toList();
	}

	private List<String> messages(ReportRequest report) {
		return this.validator.validate(report).stream().map(ConstraintViolation::getMessage).toList();
	}

	private static ReportRequest report(OffsetDateTime receivedAt, ReportRequest.ChildRequest... children) {
		return new ReportRequest(ReportChannel.HOTLINE_111, receivedAt, null, "30406", null, List.of(children));
	}

	private static ReportRequest.ChildRequest child(String residence, String incident, LocalDate dateOfBirth,
			ReportRequest.SpecialCircumstanceRequest... circumstances) {
		return new ReportRequest.ChildRequest("Nguyễn Văn An", Sex.MALE, dateOfBirth, (dateOfBirth == null) ? 9 : null,
				null, null, null, null, null, residence, incident, List.of(Concern.NEGLECT_OR_ABANDONMENT),
				List.of(circumstances));
	}

	/** The caller, without a security context. */
	private static final class FixedActor extends CurrentActor {

		private final Actor actor;

		FixedActor(Actor actor) {
			this.actor = actor;
		}

		@Override
		public Optional<Actor> find() {
			return Optional.of(this.actor);
		}

	}

}
