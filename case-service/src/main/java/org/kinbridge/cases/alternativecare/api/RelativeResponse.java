package org.kinbridge.cases.alternativecare.api;

/** What a notified relative answered about caring for the child. */
public enum RelativeResponse {

	WILLING, UNWILLING,
	/** Not notified yet, or no answer so far. */
	UNKNOWN

}
