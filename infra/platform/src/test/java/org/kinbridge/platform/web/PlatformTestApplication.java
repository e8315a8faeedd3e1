package org.kinbridge.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.kinbridge.platform.security.PlatformSecurityAutoConfiguration;
import org.kinbridge.platform.security.UnconfiguredJwtDecoderAutoConfiguration;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.CurrentActor;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenancyAutoConfiguration;
import org.kinbridge.platform.tenancy.TenantGuard;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service in miniature: the platform's web, security and tenancy auto-configurations
 * with a controller that fails in every way the platform must answer. Only the listed
 * auto-configurations run, so the test needs no broker and no database.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, ValidationAutoConfiguration.class,
		SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
		UserDetailsServiceAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
		PlatformWebAutoConfiguration.class, PlatformSecurityAutoConfiguration.class,
		UnconfiguredJwtDecoderAutoConfiguration.class, TenancyAutoConfiguration.class })
@EnableMethodSecurity
@Import(PlatformTestApplication.TestController.class)
public class PlatformTestApplication {

	enum Channel {

		HOTLINE_111, POLICE, SCHOOL

	}

	enum Sex {

		MALE, FEMALE

	}

	record Child(@NotBlank String fullName, @NotNull Sex sex, LocalDate dateOfBirth, @Max(17) Integer estimatedAge) {
	}

	record Report(@NotNull Channel channel, @NotNull OffsetDateTime receivedAt, @NotNull CommuneCode communeCode,
			@NotBlank String summary, @NotEmpty List<@Valid Child> children) {
	}

	@RestController
	@RequestMapping("/api/test")
	static class TestController {

		private final CurrentActor currentActor;

		private final TenantGuard tenantGuard;

		TestController(CurrentActor currentActor, TenantGuard tenantGuard) {
			this.currentActor = currentActor;
			this.tenantGuard = tenantGuard;
		}

		@PostMapping("/reports")
		@ResponseStatus(HttpStatus.CREATED)
		Map<String, Object> report(@Valid @RequestBody Report report) {
			return Map.of("communeCode", report.communeCode().value(), "children", report.children().size());
		}

		@GetMapping("/me")
		Map<String, Object> me() {
			Actor actor = this.currentActor.get();
			return Map.of("userId", actor.userId(), "province", actor.province().value(), "roles",
					actor.roles().stream().map(Role::name).collect(Collectors.toList()), "correlationId",
					Correlation.current().orElse(""));
		}

		@GetMapping("/provinces/{province}/objects")
		Map<String, Object> objectOf(@PathVariable String province) {
			this.tenantGuard.requireSameProvince(ProvinceCode.of(province));
			return Map.of("province", province);
		}

		@GetMapping("/missing")
		Map<String, Object> missing() {
			throw new NotFoundException("case 91-2026-000001 does not exist");
		}

		@GetMapping("/officers-only")
		Map<String, Object> officersOnly() {
			this.tenantGuard.requireAnyRole(Role.PROVINCE_OFFICER);
			return Map.of("ok", true);
		}

		@GetMapping("/admins-only")
		@PreAuthorize("hasRole('PLATFORM_ADMIN')")
		Map<String, Object> adminsOnly() {
			return Map.of("ok", true);
		}

		@GetMapping("/boom")
		Map<String, Object> boom() {
			throw new IllegalStateException("secret internals of Nguyễn Văn An");
		}

		@GetMapping("/rule")
		Map<String, Object> rule() {
			throw new DomainRuleViolation("placement.no-free-capacity", "The family has no free capacity.");
		}

		@GetMapping("/rule-on-fields")
		Map<String, Object> ruleOnFields() {
			throw new DomainRuleViolation("referral.consent-missing", "Consent is missing.",
					java.util.List.of(new Problems.FieldError("consent", "is required"),
							new Problems.FieldError("childOpinions[child-1]", "is required from age 7")));
		}

		@GetMapping("/concurrent")
		Map<String, Object> concurrent() {
			throw new ConcurrencyException("aggregate 42 version 3 already exists");
		}

		@GetMapping("/wrapped-rule")
		Map<String, Object> wrappedRule() {
			throw new CommandExecutionException("command failed",
					new DomainRuleViolation("case.closed", "The case is closed."));
		}

		@GetMapping("/cases/{caseId}")
		Map<String, Object> byId(@PathVariable java.util.UUID caseId) {
			return Map.of("caseId", caseId.toString());
		}

	}

}
