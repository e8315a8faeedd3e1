package org.kinbridge.cases.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.intake.api.ReceiveReport;
import org.kinbridge.cases.intake.api.ReportReceived;
import org.kinbridge.cases.referral.ConsentGate.ChildAge;
import org.kinbridge.cases.referral.ReferralRefused.FieldProblem;
import org.kinbridge.cases.referral.api.AcceptReferral;
import org.kinbridge.cases.referral.api.AgencyRespondent;
import org.kinbridge.cases.referral.api.CaseHandedOver;
import org.kinbridge.cases.referral.api.CompleteReferral;
import org.kinbridge.cases.referral.api.ConsentRecord;
import org.kinbridge.cases.referral.api.ReferCase;
import org.kinbridge.cases.referral.api.ReferralAccepted;
import org.kinbridge.cases.referral.api.ReferralCompleted;
import org.kinbridge.cases.referral.api.ReferralRejected;
import org.kinbridge.cases.referral.api.ReferralResponseDeadlineStarted;
import org.kinbridge.cases.referral.api.ReferralResponseOverdue;
import org.kinbridge.cases.referral.api.ReferralRevoked;
import org.kinbridge.cases.referral.api.ReferralSent;
import org.kinbridge.cases.referral.api.ReferralStatus;
import org.kinbridge.cases.referral.api.ReferralTarget;
import org.kinbridge.cases.referral.api.RejectReferral;
import org.kinbridge.cases.referral.api.RevokeReferral;
import org.kinbridge.platform.tenancy.OutOfTenantScopeException;
import org.kinbridge.platform.web.ConflictException;
import org.kinbridge.platform.web.ForbiddenException;
import org.kinbridge.platform.web.NotFoundException;

/**
 * The referrals of one case, as a member of the case file: the rules that decide each
 * step, and the state they decide on. The case file handles the commands, checks the
 * case's own scope and state, and applies the events these rules return.
 * <p>
 * A service's answers are recorded by the case's officers; a transfer to another commune
 * or province is answered by that commune or province itself, and accepting it hands the
 * case over.
 */
public class CaseReferrals {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String RESPONSE_DEADLINE = "case-referral-response:";

	private static final String RESPONSE_DEADLINE_KIND = "REFERRAL_RESPONSE:";

	/** What the report said of each child's age, for the consent rule. */
	private final Map<String, ChildAge> children = new HashMap<>();

	private final Map<String, Referral> referrals = new HashMap<>();

	/**
	 * @return the name of the referral's response deadline, one per referral so that an
	 * answer cancels only its own
	 */
	public static String responseDeadline(String referralId) {
		return RESPONSE_DEADLINE + referralId;
	}

	/**
	 * @return the kind under which the case file shows the referral's response time
	 * limit, one per referral
	 */
	public static String responseDeadlineKind(String referralId) {
		return RESPONSE_DEADLINE_KIND + referralId;
	}

	/**
	 * @return whether the user works in the commune, or across its province
	 */
	public static boolean reaches(Acting by, String provinceCode, String communeCode) {
		return provinceCode.equals(by.provinceCode())
				&& (by.communeCode() == null || by.communeCode().equals(communeCode));
	}

	// Sending

	/**
	 * @param provinceCode the province that owns the case
	 * @param communeCode the commune that owns the case
	 * @param childOpinionAge that province's age from which a child's opinion is needed
	 * @return the referral, sent on the consent given
	 */
	public ReferralSent refer(ReferCase command, String provinceCode, String communeCode, int childOpinionAge) {
		if (this.referrals.containsKey(command.referralId())) {
			throw new ConflictException("Referral " + command.referralId() + " was already sent.");
		}
		childrenMustBeOfThisCase(command);
		transfersMustLeaveTheCommune(command.target(), provinceCode, communeCode);
		oneTransferAtATime();
		ConsentRecord consent = ConsentGate.check(command, this.children,
				LocalDate.ofInstant(command.by().at(), VIETNAM), childOpinionAge);
		return new ReferralSent(command.caseId(), command.referralId(), provinceCode, communeCode, command.target(),
				command.childIds().stream().distinct().toList(), command.purpose(), command.legalBasis(),
				command.sharedItems().stream().distinct().sorted().toList(), consent, command.by());
	}

	/**
	 * @return the time limit within which the target is to answer, on the sending
	 * province's calendar
	 */
	public ReferralResponseDeadlineStarted responseDeadlineOf(ReferralSent sent, ReferralRules rules) {
		return new ReferralResponseDeadlineStarted(sent.caseId(), sent.referralId(), sent.by().at(),
				rules.responseWorkingDays(sent.fromProvinceCode()),
				rules.responseDue(sent.fromProvinceCode(), sent.by().at()));
	}

	private void childrenMustBeOfThisCase(ReferCase command) {
		List<FieldProblem> problems = new ArrayList<>();
		if (command.childIds().isEmpty()) {
			problems.add(new FieldProblem("childIds", "name at least one child of the case"));
		}
		for (int i = 0; i < command.childIds().size(); i++) {
			if (!this.children.containsKey(command.childIds().get(i))) {
				problems.add(new FieldProblem("childIds[" + i + "]", "is not a child of this case"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ReferralRefused("referral.unknown-child", problems);
		}
	}

	private static void transfersMustLeaveTheCommune(ReferralTarget target, String provinceCode, String communeCode) {
		switch (target.type()) {
			case OTHER_COMMUNE -> {
				if (!provinceCode.equals(target.provinceCode())) {
					throw new ReferralRefused("referral.transfer-target", "target.provinceCode",
							"must be the case's own province " + provinceCode
									+ " for OTHER_COMMUNE; use OTHER_PROVINCE");
				}
				if (communeCode.equals(target.communeCode())) {
					throw new ReferralRefused("referral.transfer-target", "target.communeCode",
							"must be another commune than the one that owns the case");
				}
			}
			case OTHER_PROVINCE -> {
				if (provinceCode.equals(target.provinceCode())) {
					throw new ReferralRefused("referral.transfer-target", "target.provinceCode",
							"must be another province than " + provinceCode + "; use OTHER_COMMUNE");
				}
			}
			default -> {
				// A service may be anywhere.
			}
		}
	}

	/** Two open offers could both be accepted, and the case would have two owners. */
	private void oneTransferAtATime() {
		this.referrals.values()
			.stream()
			.filter((referral) -> referral.target().transfersTheCase() && referral.status() == ReferralStatus.SENT)
			.findFirst()
			.ifPresent((open) -> {
				throw new ConflictException("Referral " + open.referralId() + " offering the case to commune "
						+ open.target().communeCode() + " of province " + open.target().provinceCode()
						+ " is SENT; a case is offered to one commune or province at a time.");
			});
	}

	// Answering

	/**
	 * @param byOwner whether the user acts for the commune or province that owns the case
	 * @return the acceptance, which for a transfer still needs its handover applied
	 */
	public ReferralAccepted accept(AcceptReferral command, boolean byOwner) {
		Referral referral = answerable(command.referralId(), command.by(), byOwner);
		referral.requireStatus("accepting it", ReferralStatus.SENT);
		if (referral.target().transfersTheCase()) {
			legalBasisOfAHandoverMustBeStated(command.legalBasis());
		}
		else {
			serviceAnswersSayWhoAnswered(command.respondent());
		}
		return new ReferralAccepted(command.caseId(), command.referralId(),
				referral.target().transfersTheCase() ? null : command.respondent(), command.note(),
				command.legalBasis(), command.by());
	}

	/**
	 * @param byOwner whether the user acts for the commune or province that owns the case
	 */
	public ReferralRejected reject(RejectReferral command, boolean byOwner) {
		Referral referral = answerable(command.referralId(), command.by(), byOwner);
		referral.requireStatus("rejecting it", ReferralStatus.SENT);
		reasonMustBeStated("reason", command.reason(), "say why the referral is turned down");
		if (!referral.target().transfersTheCase()) {
			serviceAnswersSayWhoAnswered(command.respondent());
		}
		return new ReferralRejected(command.caseId(), command.referralId(), command.reason(),
				referral.target().transfersTheCase() ? null : command.respondent(), command.by());
	}

	/** Only the case's owner calls this: the case file checks its scope first. */
	public ReferralRevoked revoke(RevokeReferral command) {
		Referral referral = known(command.referralId());
		if (referral.handedOver()) {
			throw new ConflictException("The referral is " + referral.status() + " and handed the case over to commune "
					+ referral.target().communeCode() + " of province " + referral.target().provinceCode()
					+ "; it can no longer be revoked.");
		}
		referral.requireStatus("revoking it", ReferralStatus.SENT, ReferralStatus.ACCEPTED);
		reasonMustBeStated("reason", command.reason(), "say why the referral is withdrawn");
		return new ReferralRevoked(command.caseId(), command.referralId(), command.reason(), command.by());
	}

	/** Only the case's owner calls this: the case file checks its scope first. */
	public ReferralCompleted complete(CompleteReferral command) {
		Referral referral = known(command.referralId());
		referral.requireStatus("recording its outcome", ReferralStatus.ACCEPTED);
		reasonMustBeStated("outcome", command.outcome(), "say what came of the referral");
		if (!referral.target().transfersTheCase()) {
			serviceAnswersSayWhoAnswered(command.respondent());
		}
		return new ReferralCompleted(command.caseId(), command.referralId(), command.outcome(),
				referral.target().transfersTheCase() ? null : command.respondent(), command.by());
	}

	/**
	 * @param at the moment of an answer, or the deadline's due time when it fires
	 * @param provinceCode the province that owns the case
	 * @param communeCode the commune that owns the case
	 * @return the missed time limit, when the referral is unanswered and its time has
	 * passed
	 */
	public Optional<ReferralResponseOverdue> overdue(String caseId, String referralId, Instant at, String provinceCode,
			String communeCode) {
		Referral referral = this.referrals.get(referralId);
		if (referral == null || referral.status() != ReferralStatus.SENT || referral.responseDueAt() == null
				|| at.isBefore(referral.responseDueAt())) {
			return Optional.empty();
		}
		return Optional
			.of(new ReferralResponseOverdue(caseId, referralId, provinceCode, communeCode, referral.responseDueAt()));
	}

	/**
	 * @param fromProvinceCode the province that owns the case until now
	 * @param fromCommuneCode the commune that owns the case until now
	 * @return the handover an accepted transfer leads to; nothing for a service
	 */
	public Optional<CaseHandedOver> handoverOn(ReferralAccepted accepted, String fromProvinceCode,
			String fromCommuneCode) {
		Referral referral = known(accepted.referralId());
		if (!referral.target().transfersTheCase()) {
			return Optional.empty();
		}
		return Optional.of(new CaseHandedOver(accepted.caseId(), accepted.referralId(), fromProvinceCode,
				fromCommuneCode, referral.target().provinceCode(), referral.target().communeCode(), referral.purpose(),
				accepted.legalBasis(), referral.sentBy(), accepted.by()));
	}

	/**
	 * A transfer is answered by its receiving commune or province, which can see nothing
	 * else of the case; a service's answer is recorded by the case's owner. Anyone else
	 * is told the case does not exist, before anything about the referral is revealed.
	 */
	private Referral answerable(String referralId, Acting by, boolean byOwner) {
		Referral referral = this.referrals.get(referralId);
		boolean receiver = referral != null && referral.target().transfersTheCase()
				&& reaches(by, referral.target().provinceCode(), referral.target().communeCode());
		if (!byOwner && !receiver) {
			throw new OutOfTenantScopeException("referral " + referralId + " is outside the scope of " + by.userId());
		}
		Referral found = known(referralId);
		if (found.target().transfersTheCase() && !receiver) {
			throw new ForbiddenException("The case is offered to commune " + found.target().communeCode()
					+ " of province " + found.target().provinceCode() + "; only they accept or reject it.");
		}
		return found;
	}

	private Referral known(String referralId) {
		Referral referral = this.referrals.get(referralId);
		if (referral == null) {
			throw new NotFoundException("No referral " + referralId + " on this case");
		}
		return referral;
	}

	private static void serviceAnswersSayWhoAnswered(AgencyRespondent respondent) {
		if (respondent == null || respondent.name() == null || respondent.name().isBlank()) {
			throw new ReferralRefused("referral.respondent-required", "respondent", "say who at the service answered");
		}
	}

	private static void legalBasisOfAHandoverMustBeStated(String legalBasis) {
		reasonMustBeStated("legalBasis", legalBasis, "state the legal basis on which the case is taken over");
	}

	private static void reasonMustBeStated(String field, String text, String message) {
		if (text == null || text.isBlank()) {
			throw new ReferralRefused("referral." + field + "-required", field, message);
		}
	}

	// State

	@EventSourcingHandler
	void on(ReportReceived event) {
		LocalDate receivedOn = LocalDate.ofInstant(event.receivedAt(), VIETNAM);
		for (ReceiveReport.ReportedChild child : event.children()) {
			this.children.put(child.childId(), new ChildAge(child.dateOfBirth(), child.estimatedAge(), receivedOn));
		}
	}

	@EventSourcingHandler
	void on(ReferralSent event) {
		this.referrals.put(event.referralId(), new Referral(event.referralId(), event.target(), event.purpose(),
				event.by(), ReferralStatus.SENT, null, false));
	}

	@EventSourcingHandler
	void on(ReferralResponseDeadlineStarted event) {
		change(event.referralId(), (referral) -> referral.withResponseDueAt(event.dueAt()));
	}

	@EventSourcingHandler
	void on(ReferralResponseOverdue event) {
		change(event.referralId(), (referral) -> referral.withResponseDueAt(null));
	}

	@EventSourcingHandler
	void on(ReferralAccepted event) {
		change(event.referralId(), (referral) -> referral.answered(ReferralStatus.ACCEPTED));
	}

	@EventSourcingHandler
	void on(ReferralRejected event) {
		change(event.referralId(), (referral) -> referral.answered(ReferralStatus.REJECTED));
	}

	@EventSourcingHandler
	void on(ReferralRevoked event) {
		change(event.referralId(), (referral) -> referral.answered(ReferralStatus.REVOKED));
	}

	@EventSourcingHandler
	void on(ReferralCompleted event) {
		change(event.referralId(), (referral) -> referral.answered(ReferralStatus.DONE));
	}

	@EventSourcingHandler
	void on(CaseHandedOver event) {
		change(event.referralId(), Referral::handingOver);
	}

	private void change(String referralId, UnaryOperator<Referral> change) {
		this.referrals.computeIfPresent(referralId, (id, referral) -> change.apply(referral));
	}

	/**
	 * One referral as the rules need it; replaced on each change, so that two case files
	 * built from the same events are equal.
	 *
	 * @param responseDueAt when the answer is due, while it is neither given nor missed
	 * @param handedOver whether accepting it handed the case over
	 */
	private record Referral(String referralId, ReferralTarget target, String purpose, Acting sentBy,
			ReferralStatus status, Instant responseDueAt, boolean handedOver) {

		Referral withResponseDueAt(Instant dueAt) {
			return new Referral(this.referralId, this.target, this.purpose, this.sentBy, this.status, dueAt,
					this.handedOver);
		}

		Referral answered(ReferralStatus next) {
			return new Referral(this.referralId, this.target, this.purpose, this.sentBy, next, null, this.handedOver);
		}

		Referral handingOver() {
			return new Referral(this.referralId, this.target, this.purpose, this.sentBy, this.status,
					this.responseDueAt, true);
		}

		/** The message names the referral's state and the states the step needs. */
		void requireStatus(String action, ReferralStatus... allowed) {
			Set<ReferralStatus> states = EnumSet.of(allowed[0], allowed);
			if (!states.contains(this.status)) {
				throw new ConflictException(
						"The referral is " + this.status + "; " + action + " needs a referral that is "
								+ states.stream().map(ReferralStatus::name).collect(Collectors.joining(" or ")) + ".");
			}
		}

	}

}
