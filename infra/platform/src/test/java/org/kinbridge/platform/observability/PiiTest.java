package org.kinbridge.platform.observability;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PiiTest {

	@Test
	void keepsTheFirstLetterOfEachWord() {
		assertThat(Pii.mask("Nguyễn Văn An")).isEqualTo("N***** V** A*");
	}

	@Test
	void countsDecomposedVietnameseLettersAsOneLetter() {
		String decomposed = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);

		assertThat(Pii.mask(decomposed)).isEqualTo("N***** V** A*");
	}

	@Test
	void keepsTheSpacingBetweenWords() {
		assertThat(Pii.mask("  Lê  Thị\tHoa ")).isEqualTo("  L*  T**\tH** ");
	}

	@Test
	void masksPhoneNumbersAsOneWord() {
		assertThat(Pii.mask("0912345678")).isEqualTo("0*********");
	}

	@Test
	void leavesEmptyValuesAlone() {
		assertThat(Pii.mask(null)).isNull();
		assertThat(Pii.mask("")).isEmpty();
		assertThat(Pii.mask("Ý")).isEqualTo("Ý");
	}

}
