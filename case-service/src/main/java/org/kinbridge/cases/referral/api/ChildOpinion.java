package org.kinbridge.cases.referral.api;

import java.time.LocalDate;

/**
 * A referred child's opinion on the referral. A child who disagrees is still heard: the
 * opinion is recorded, and the officer decides.
 *
 * @param childId the child, as the report recorded them
 * @param obtainedOn the day the child was asked
 * @param summary what the child said
 * @param agrees whether the child agrees to the referral
 */
public record ChildOpinion(String childId, LocalDate obtainedOn, String summary, boolean agrees) {
}
