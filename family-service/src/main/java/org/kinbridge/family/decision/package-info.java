/**
 * The commune chair's eligibility decision on a vetted caregiver: eligible and placed on
 * the commune register, or ineligible for a stated reason; or the applicant's withdrawal.
 * Whoever verified a check of the caregiver cannot take the decision.
 */
package org.kinbridge.family.decision;
