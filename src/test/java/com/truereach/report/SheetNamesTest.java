package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

	@Test
	void replacesForbiddenCharactersAndCutsAt31() {
		// 40 characters, seven of them forbidden
		String wanted = "Brand [Official]: *Best* / Shop? \\ 2026!";
		String name = SheetNames.valid(wanted);
		assertThat(name).isEqualTo("Brand _Official__ _Best_ _ Shop");
		assertThat(name).hasSize(31);
		WorkbookUtil.validateSheetName(name);
	}

	@Test
	void blankReservedAndApostrophes() {
		assertThat(SheetNames.valid(null)).isEqualTo("Sheet");
		assertThat(SheetNames.valid("   ")).isEqualTo("Sheet");
		assertThat(SheetNames.valid("''")).isEqualTo("Sheet");
		assertThat(SheetNames.valid("history")).isEqualTo("history_");
		assertThat(SheetNames.valid("'Quoted'")).isEqualTo("Quoted");
		assertThat(SheetNames.valid("O'Brien")).isEqualTo("O'Brien");
		assertThat(SheetNames.valid("tab\there")).isEqualTo("tab_here");
	}

	@Test
	void cutNeverEndsWithApostropheOrSpace() {
		// 30 letters then an apostrophe and more: the cut at 31 would end on the apostrophe
		String wanted = "a".repeat(30) + "'bc";
		assertThat(SheetNames.valid(wanted)).isEqualTo("a".repeat(30));
		assertThat(SheetNames.valid("b".repeat(30) + " cd")).isEqualTo("b".repeat(30));
	}

	@Test
	void doesNotSplitASurrogatePair() {
		String wanted = "x".repeat(30) + "\uD83D\uDE00";
		assertThat(SheetNames.valid(wanted)).isEqualTo("x".repeat(30));
	}

	@Test
	void uniqueIgnoringCaseWithSuffixInside31() {
		SheetNames names = new SheetNames();
		assertThat(names.unique("Summary")).isEqualTo("Summary");
		assertThat(names.unique("SUMMARY")).isEqualTo("SUMMARY (2)");
		assertThat(names.unique("summary")).isEqualTo("summary (3)");
		String long1 = names.unique("c".repeat(40));
		String long2 = names.unique("C".repeat(40));
		assertThat(long1).isEqualTo("c".repeat(31));
		// 31 - " (2)".length() = 27 characters kept
		assertThat(long2).isEqualTo("C".repeat(27) + " (2)");
	}

	@Test
	void suffixIsKeptWhenTheNameIsCut() {
		SheetNames names = new SheetNames();
		String part = names.unique("d".repeat(40), " part 2");
		assertThat(part).isEqualTo("d".repeat(24) + " part 2").hasSize(31);
	}

	@Test
	void quotesForReferences() {
		assertThat(SheetNames.quoted("O'Brien")).isEqualTo("'O''Brien'");
	}
}
