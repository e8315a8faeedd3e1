package org.kinbridge.matching.shortlist.ranking;

/** What earns a listed caregiver points, in the order the law gives weight to them. */
public enum Factor {

	/** A relative of the child (Art. 62: relatives first). */
	KIN("Người thân thích của trẻ"),

	/** The sibling group can stay together. */
	SIBLINGS_TOGETHER("Anh chị em được ở cùng nhau"),

	/** Same ethnicity (Art. 60). */
	ETHNICITY("Cùng dân tộc"),

	/** Same religion (Art. 60). */
	RELIGION("Cùng tôn giáo"),

	/** A common language (Art. 60). */
	LANGUAGE("Cùng ngôn ngữ"),

	/** Near the child: same commune, else same province. */
	NEARNESS("Gần nơi trẻ đang được quản lý"),

	/**
	 * Same commune as where the need was decided: a proxy for keeping the child's school
	 * and contact with the birth family, which the view does not know.
	 */
	CONTINUITY("Giữ trường học, liên hệ với gia đình gốc"),

	/** Can care for the children's disabilities and needs. */
	NEEDS("Đáp ứng nhu cầu đặc biệt"),

	/** The children fit the caregiver's preferences without an override. */
	PREFERENCE_FIT("Phù hợp mong muốn của người nhận chăm sóc");

	private final String labelVi;

	Factor(String labelVi) {
		this.labelVi = labelVi;
	}

	/**
	 * @return the factor's name in Vietnamese
	 */
	public String labelVi() {
		return this.labelVi;
	}

}
