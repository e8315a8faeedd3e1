package org.kinbridge.family.vetting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kinbridge.family.caregiver.api.Acting;

/**
 * Record the result of one check of the checklist. A later record of the same kind and
 * subject replaces it (re-verification); the earlier one stays in the history.
 *
 * @param residence for {@link CheckKind#RESIDES_IN_VIETNAM} of a foreigner, else
 * {@code null}
 * @param note what the verifier wants the decider to know, or {@code null}
 */
public record RecordVettingCheck(@TargetAggregateIdentifier String caregiverId, CheckKind kind, String subject,
		CheckOutcome outcome, Evidence evidence, ForeignResidence residence, String note, Acting by) {
}
