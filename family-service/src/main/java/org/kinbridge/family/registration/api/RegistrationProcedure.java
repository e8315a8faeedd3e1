package org.kinbridge.family.registration.api;

/** The administrative procedure a registration follows (Decision 847/QĐ-LĐTBXH). */
public enum RegistrationProcedure {

	/**
	 * Đăng ký nhận chăm sóc thay thế (Form 08): anyone willing registers with the commune
	 * and is listed on the commune register once eligible.
	 */
	REGISTRATION,

	/**
	 * Thông báo nhận chăm sóc thay thế: a relative of a named child in an open case
	 * notifies the commune. It is lighter: no counselling is expected and the decision is
	 * for that child.
	 */
	KINSHIP_NOTIFICATION

}
