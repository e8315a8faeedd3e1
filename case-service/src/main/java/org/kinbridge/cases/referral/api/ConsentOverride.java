package org.kinbridge.cases.referral.api;

/**
 * A referral made without the consent or the opinions the law otherwise requires, on a
 * legal ground.
 *
 * @param reason why the ground applies to this child
 * @param authorisedBy who decided to go without consent, with their position
 */
public record ConsentOverride(OverrideGround legalGround, String reason, String authorisedBy) {
}
