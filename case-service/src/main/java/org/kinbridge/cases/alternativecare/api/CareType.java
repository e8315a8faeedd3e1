package org.kinbridge.cases.alternativecare.api;

/** The kinds of family-based alternative care that matching looks for. */
public enum CareType {

	/** Chăm sóc bởi người thân thích: by relatives. */
	KINSHIP,
	/** Nhận chăm sóc thay thế: by a family that is not related. */
	NON_RELATIVE,
	/** Chăm sóc thay thế khẩn cấp: an emergency placement. */
	EMERGENCY,
	/** Short stays that relieve the child's usual carers. */
	RESPITE

}
