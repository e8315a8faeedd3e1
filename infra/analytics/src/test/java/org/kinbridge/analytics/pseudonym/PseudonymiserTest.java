package org.kinbridge.analytics.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PseudonymiserTest {

	static final PseudonymKey KEY = key((byte) 7);

	private final Pseudonymiser pseudonymiser = new Pseudonymiser(KEY);

	static PseudonymKey key(byte fill) {
		byte[] secret = new byte[32];
		Arrays.fill(secret, fill);
		return new PseudonymKey(secret);
	}

	@Test
	void givesTheSameIdTheSamePseudonymSoAnAnalystCanFollowAChild() {
		assertThat(this.pseudonymiser.pseudonym("child", "child-1"))
			.isEqualTo(this.pseudonymiser.pseudonym("child", "child-1"))
			.matches("[0-9a-f]{32}")
			.doesNotContain("child-1");
	}

	@Test
	void givesDifferentIdsDifferentPseudonyms() {
		assertThat(this.pseudonymiser.pseudonym("child", "child-1"))
			.isNotEqualTo(this.pseudonymiser.pseudonym("child", "child-2"));
	}

	@Test
	void keepsTheSameIdOfTwoKindsApart() {
		assertThat(this.pseudonymiser.pseudonym("child", "42"))
			.isNotEqualTo(this.pseudonymiser.pseudonym("case", "42"));
	}

	@Test
	void changesEveryPseudonymWhenTheKeyIsRotated() {
		Pseudonymiser rotated = new Pseudonymiser(key((byte) 8));
		assertThat(rotated.pseudonym("child", "child-1"))
			.isNotEqualTo(this.pseudonymiser.pseudonym("child", "child-1"));
		assertThat(rotated.keyId()).isNotEqualTo(this.pseudonymiser.keyId());
	}

	@Test
	void namesTheKeyByAnIdThatRevealsNothingOfTheSecret() {
		assertThat(KEY.id()).matches("k-[0-9a-f]{12}").isEqualTo(key((byte) 7).id());
		assertThat(KEY.toString()).contains(KEY.id()).doesNotContain("0707");
	}

	@Test
	void refusesAKeyShorterThan32Bytes() {
		assertThatThrownBy(() -> new PseudonymKey(new byte[31])).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least 32 bytes");
	}

	@Test
	void leavesAMissingIdMissing() {
		assertThat(this.pseudonymiser.pseudonym("child", null)).isNull();
	}

}
