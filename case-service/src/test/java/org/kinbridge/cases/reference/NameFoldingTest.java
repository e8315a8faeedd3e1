package org.kinbridge.cases.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameFoldingTest {

	@Test
	void aNameTypedWithoutDiacriticsFoldsLikeTheNameWithThem() {
		assertThat(NameFolding.fold("Nguyen Van An")).isEqualTo(NameFolding.fold("Nguyễn Văn An"))
			.isEqualTo("nguyen van an");
	}

	@Test
	void dWithStrokeFoldsToD() {
		assertThat(NameFolding.fold("Đặng Thị Đào")).isEqualTo("dang thi dao");
		assertThat(NameFolding.fold("đỗ ĐứC")).isEqualTo("do duc");
	}

	@Test
	void caseSpacingAndPunctuationDoNotMatter() {
		assertThat(NameFolding.fold("  NGUYỄN   văn-AN ")).isEqualTo("nguyen van an");
	}

	@Test
	void composedAndDecomposedInputFoldAlike() {
		String decomposed = java.text.Normalizer.normalize("Lê Thị Diệu", java.text.Normalizer.Form.NFD);
		assertThat(NameFolding.fold(decomposed)).isEqualTo(NameFolding.fold("Lê Thị Diệu")).isEqualTo("le thi dieu");
	}

	@Test
	void namesOfKhmerAndChamChildrenFoldToo() {
		assertThat(NameFolding.fold("Néang Sô Phi")).isEqualTo("neang so phi");
	}

	@Test
	void tokensAreTheDistinctFoldedWordsOfAllNames() {
		assertThat(NameFolding.tokens(List.of("Nguyễn Văn An", "Nguyễn Thị Bình"))).containsExactly("nguyen", "van",
				"an", "thi", "binh");
		assertThat(NameFolding.tokens((String) null)).isEmpty();
		assertThat(NameFolding.fold(null)).isEmpty();
	}

}
