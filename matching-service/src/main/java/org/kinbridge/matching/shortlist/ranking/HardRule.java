package org.kinbridge.matching.shortlist.ranking;

/**
 * The rules a caregiver must meet to be listed at all (Law on Children Art. 60 and 63).
 * Only the caregiver's own preferences may be overridden, and only with a reason.
 */
public enum HardRule {

	/** On the commune register: found eligible, not suspended or removed. */
	ELIGIBLE("Đang có tên trong danh sách", false),

	/** Same province as the child, unless a relative (then a referral). */
	SAME_PROVINCE("Cùng tỉnh với trẻ", false),

	/** Offers a kind of care the case seeks; only a relative offers kinship care. */
	CARE_TYPE("Hình thức chăm sóc phù hợp", false),

	/** Free places for every child placed together. */
	FREE_CAPACITY("Còn chỗ nhận trẻ", false),

	/** A relative who cares for the child must be an adult. */
	KIN_ADULT("Người thân đã thành niên", false),

	/** A non-relative at least 20 years older than each child (Art. 63(2)(d)). */
	AGE_GAP_20("Hơn trẻ từ 20 tuổi trở lên", false),

	/** The children are within the ages the caregiver prefers. */
	PREFERENCE_AGE_RANGE("Độ tuổi trẻ mong muốn", true),

	/** The children are of a sex the caregiver prefers. */
	PREFERENCE_SEX("Giới tính trẻ mong muốn", true),

	/** The caregiver takes brothers and sisters together. */
	PREFERENCE_SIBLING_GROUPS("Nhận nhóm anh chị em", true),

	/** The caregiver can care for every disability and need of the children. */
	PREFERENCE_NEEDS("Chăm sóc được nhu cầu đặc biệt", true);

	private final String labelVi;

	private final boolean overridable;

	HardRule(String labelVi, boolean overridable) {
		this.labelVi = labelVi;
		this.overridable = overridable;
	}

	/**
	 * @return the rule's name in Vietnamese, for screens and printouts
	 */
	public String labelVi() {
		return this.labelVi;
	}

	/**
	 * @return whether an officer may set the rule aside for a caregiver, with a reason
	 */
	public boolean isOverridable() {
		return this.overridable;
	}

}
