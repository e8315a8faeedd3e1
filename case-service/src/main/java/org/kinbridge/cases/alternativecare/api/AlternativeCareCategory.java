package org.kinbridge.cases.alternativecare.api;

/**
 * The groups of children of Law on Children 2016 Art. 62 cl. 1 who receive alternative
 * care.
 */
public enum AlternativeCareCategory {

	/** Orphaned of both parents, or abandoned, with no one to care for them. */
	ORPHANED_OR_ABANDONED,
	/** The child has no one to rely on: the parents cannot care for them. */
	PARENTS_UNABLE_TO_CARE,
	/** Separated from parents or carers for the child's safety. */
	SEPARATED_FOR_SAFETY,
	/** Affected by a natural disaster, a catastrophe or armed conflict. */
	DISASTER_OR_CONFLICT,
	/** Any other ground of Art. 62, stated in the reason. */
	OTHER

}
