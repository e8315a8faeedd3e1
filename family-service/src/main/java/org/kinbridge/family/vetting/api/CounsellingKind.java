package org.kinbridge.family.vetting.api;

/** Decree 56/2017: applicants may receive counselling and care-skills training. */
public enum CounsellingKind {

	COUNSELLING, TRAINING

}
