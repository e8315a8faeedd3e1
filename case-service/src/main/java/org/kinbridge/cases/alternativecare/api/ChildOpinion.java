package org.kinbridge.cases.alternativecare.api;

import java.time.LocalDate;

/**
 * The child's own view of alternative care, which a child of seven or older must be asked
 * for (Circular 14/2020 Art. 5 cl. 5).
 *
 * @param summary what the child said, in the officer's words
 * @param agrees whether the child agrees with being placed in alternative care
 */
public record ChildOpinion(LocalDate obtainedOn, String summary, boolean agrees) {
}
