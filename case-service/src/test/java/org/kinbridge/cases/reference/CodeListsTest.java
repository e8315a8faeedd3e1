package org.kinbridge.cases.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

class CodeListsTest {

	private static final CodeLists SHIPPED = new CodeLists(
			new DefaultResourceLoader().getResource(CodeLists.DEFAULT_LOCATION));

	private static final CodeLists AN_GIANG = new CodeLists(
			new ClassPathResource("code-lists/special-circumstances-an-giang.yml"));

	@Test
	void theShippedListHasTheFourteenGroupsOfArticle10() {
		List<SpecialCircumstanceGroup> groups = SHIPPED.specialCircumstances("79");

		assertThat(groups).extracting(SpecialCircumstanceGroup::lawPoint)
			.containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o");
		assertThat(groups).allSatisfy((group) -> assertThat(group.subGroups()).isNotEmpty()
			.allSatisfy((subGroup) -> assertThat(subGroup.code()).startsWith(group.code() + ".")));
		assertThat(groups.get(0).subGroups()).extracting(SpecialCircumstanceGroup.SubGroup::code)
			.containsExactly("ORPHANED.NO_CAREGIVER", "ORPHANED.IN_FACILITY", "ORPHANED.WITH_RELATIVES",
					"ORPHANED.WITH_NON_RELATIVES")
			.hasSize(4);
	}

	@Test
	void aProvinceAddsAndRenamesSubGroupsRetiresGroupsAndAddsItsOwn() {
		List<SpecialCircumstanceGroup> groups = AN_GIANG.specialCircumstances("91");

		assertThat(groups).extracting(SpecialCircumstanceGroup::code).containsExactly("ORPHANED", "STATELESS");
		assertThat(groups.get(0).subGroups()).extracting(SpecialCircumstanceGroup.SubGroup::name)
			.containsExactly("Không có người chăm sóc", "Sống với ông bà hoặc người thân thích",
					"Sống với người thân ở Campuchia");
		assertThat(groups.get(0).subGroup("ORPHANED.ACROSS_THE_BORDER")).get()
			.extracting(SpecialCircumstanceGroup.SubGroup::verified)
			.isEqualTo(false);
	}

	@Test
	void provincesWithoutAnOverrideUseTheDefault() {
		assertThat(AN_GIANG.specialCircumstances("79")).extracting(SpecialCircumstanceGroup::code)
			.containsExactly("ORPHANED", "DRUG_ADDICTED");
	}

	@Test
	void checksGroupsAndSubGroupsAgainstTheProvincesList() {
		assertThat(AN_GIANG.problemWithSpecialCircumstance("91", "ORPHANED", "ORPHANED.ACROSS_THE_BORDER")).isEmpty();
		assertThat(AN_GIANG.problemWithSpecialCircumstance("91", "STATELESS", null)).isEmpty();
		assertThat(AN_GIANG.problemWithSpecialCircumstance("91", "DRUG_ADDICTED", null))
			.contains("is not a special-circumstance group of province 91");
		assertThat(AN_GIANG.problemWithSpecialCircumstance("79", "DRUG_ADDICTED", null)).isEmpty();
		assertThat(AN_GIANG.problemWithSpecialCircumstance("79", "ORPHANED", "ORPHANED.ACROSS_THE_BORDER"))
			.contains("is not a sub-group of that group in province 79");
	}

	@Test
	void aSubGroupFiledUnderTheWrongGroupStopsTheServiceWithOneLine() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new CodeLists(new ClassPathResource("code-lists/special-circumstances-broken.yml")))
			.withMessageContaining("default[0].subGroups[0].code must start with its group, ORPHANED.")
			.withMessageNotContaining("\n");
	}

}
