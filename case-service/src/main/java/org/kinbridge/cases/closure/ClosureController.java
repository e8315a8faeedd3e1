package org.kinbridge.cases.closure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kinbridge.cases.casefile.CaseCommands;
import org.kinbridge.cases.casefile.CaseCommands.CaseStep;
import org.kinbridge.cases.closure.api.CloseCase;
import org.kinbridge.cases.closure.api.ClosureReason;
import org.kinbridge.cases.closure.api.ReopenCase;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The commune officer closes a case with a reason, and reopens it with one. */
@RestController
@RequestMapping("/api/cases/{caseId}")
public class ClosureController {

	private static final Role[] OFFICER = { Role.COMMUNE_OFFICER };

	private final CaseCommands cases;

	public ClosureController(CaseCommands cases) {
		this.cases = cases;
	}

	@PostMapping("/close")
	public CaseStep close(@PathVariable String caseId, @Valid @RequestBody CloseRequest request) {
		return this.cases.send(caseId, OFFICER, by -> new CloseCase(caseId, request.reason(),
				stripped(request.details()), stripped(request.legalBasis()), by));
	}

	@PostMapping("/reopen")
	public CaseStep reopen(@PathVariable String caseId, @Valid @RequestBody ReopenRequest request) {
		return this.cases.send(caseId, OFFICER, by -> new ReopenCase(caseId, request.reason().strip(), by));
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public record CloseRequest(@NotNull ClosureReason reason, @Size(max = 2000) String details,
			@Size(max = 500) String legalBasis) {

		@AssertTrue(message = "say why the case is closed when the reason is OTHER")
		public boolean isDetailsGivenForOther() {
			return this.reason != ClosureReason.OTHER || (this.details != null && !this.details.isBlank());
		}

	}

	public record ReopenRequest(@NotBlank @Size(max = 2000) String reason) {
	}

}
