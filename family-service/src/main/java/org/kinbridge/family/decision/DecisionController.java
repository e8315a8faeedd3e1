package org.kinbridge.family.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kinbridge.family.caregiver.CaregiverCommands;
import org.kinbridge.family.caregiver.CaregiverStatus;
import org.kinbridge.family.decision.api.FindEligible;
import org.kinbridge.family.decision.api.FindIneligible;
import org.kinbridge.family.decision.api.WithdrawRegistration;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The eligibility decision, taken by the commune chair, and the applicant's withdrawal
 * before it, recorded by an officer.
 */
@RestController
@RequestMapping("/api/families/caregivers/{caregiverId}")
public class DecisionController {

	private static final Role[] CHAIR = { Role.COMMUNE_CHAIR };

	private static final Role[] OFFICERS = { Role.COMMUNE_OFFICER, Role.COMMUNE_CHAIR };

	private final CaregiverCommands commands;

	public DecisionController(CaregiverCommands commands) {
		this.commands = commands;
	}

	@PostMapping("/decision")
	public CaregiverStatus decide(@PathVariable String caregiverId, @Valid @RequestBody DecisionRequest request) {
		return this.commands.send(caregiverId, CHAIR,
				by -> (request.outcome() == Outcome.ELIGIBLE)
						? new FindEligible(caregiverId, stripped(request.decisionNumber()), stripped(request.reason()),
								request.legalBasis().strip(), by)
						: new FindIneligible(caregiverId, stripped(request.decisionNumber()), request.reason().strip(),
								request.legalBasis().strip(), by));
	}

	@PostMapping("/withdrawal")
	public CaregiverStatus withdraw(@PathVariable String caregiverId, @Valid @RequestBody WithdrawalRequest request) {
		return this.commands.send(caregiverId, OFFICERS,
				by -> new WithdrawRegistration(caregiverId, request.reason().strip(), by));
	}

	private static String stripped(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public enum Outcome {

		ELIGIBLE, INELIGIBLE

	}

	/**
	 * @param decisionNumber the number of the chair's written decision, if any
	 * @param reason why; required when the caregiver is found ineligible
	 * @param legalBasis the provisions the decision rests on, e.g. "Luật Trẻ em 2016,
	 * Điều 63 khoản 2"
	 */
	public record DecisionRequest(@NotNull Outcome outcome, @Size(max = 100) String decisionNumber,
			@Size(max = 2000) String reason, @NotBlank @Size(max = 500) String legalBasis) {

		@AssertTrue(message = "say why the caregiver is found ineligible")
		public boolean isReasonGivenForIneligibility() {
			return this.outcome != Outcome.INELIGIBLE || (this.reason != null && !this.reason.isBlank());
		}

	}

	public record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {
	}

}
