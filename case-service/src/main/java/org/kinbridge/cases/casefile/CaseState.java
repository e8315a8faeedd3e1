package org.kinbridge.cases.casefile;

/**
 * The steps of case management (domain: the seven steps of Decree 56 and Circular 14), as
 * the states a case moves through.
 */
public enum CaseState {

	/** Tiếp nhận thông tin: the report was received (Form 01). */
	REPORT_RECEIVED,
	/** Đánh giá nguy cơ ban đầu: initial assessment recorded (Form 02). */
	INITIAL_ASSESSMENT_DONE,
	/** Đánh giá nguy cơ cụ thể: specific assessment and case meeting recorded. */
	SPECIFIC_ASSESSMENT_DONE,
	/** The support and intervention plan is being drafted (Form 04). */
	PLAN_DRAFTED,
	/** The plan awaits the commune chair's decision. */
	PLAN_SUBMITTED,
	/** The chair returned the plan with a reason. */
	PLAN_RETURNED,
	/** Thực hiện kế hoạch: the plan was approved (Form 05) and is being carried out. */
	PLAN_IN_IMPLEMENTATION,
	/** Theo dõi, đánh giá: monitoring and periodic review. */
	UNDER_MONITORING,
	/** Đóng hồ sơ: closed with a reason. */
	CLOSED,
	/** Handed over to another commune or province, which owns it from then on. */
	TRANSFERRED

}
