package org.kinbridge.cases.survey.api;

/** What a commune calls its hamlets: khóm in towns, ấp in rural communes. */
public enum HamletKind {

	/** Khóm: a neighbourhood of a town or ward. */
	KHOM,
	/** Ấp: a hamlet of a rural commune. */
	AP,
	/** Thôn, bản, tổ dân phố or any other local name. */
	OTHER

}
