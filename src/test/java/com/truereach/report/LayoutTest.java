package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutTest {

	@Test
	void countsTheLinesWordsWrapInto() {
		// a column 10 units wide holds 12 characters of text a line
		int width = 10 * 256;
		assertThat(Layout.lines("short", width)).isEqualTo(1);
		assertThat(Layout.lines("twelve chars", width)).isEqualTo(1);
		assertThat(Layout.lines("twelve chars and more", width)).isEqualTo(2);
		assertThat(Layout.lines("one\ntwo\n", width)).isEqualTo(3);
		// a word longer than the line is broken
		assertThat(Layout.lines("abcdefghijklmnopqrstuvwxyz", width)).isEqualTo(3);
	}

	@Test
	void keepsWhatANameSaysAlready() {
		assertThat(AccountPlan.titled(account("Northwind Coffee (TikTok)", "TikTok"), null))
			.isEqualTo("Northwind Coffee (TikTok)");
		assertThat(AccountPlan.titled(account("Northwind Coffee (X)", "X"), "@northwind"))
			.isEqualTo("Northwind Coffee (X, @northwind)");
		assertThat(AccountPlan.titled(account("Acme", "Instagram"), "@acme")).isEqualTo("Acme (Instagram, @acme)");
		assertThat(AccountPlan.titled(account("Northwind Coffee (Facebook)", "Facebook"), "Northwind Coffee"))
			.isEqualTo("Northwind Coffee (Facebook)");
	}

	private static ReportModel.AccountReport account(String name, String platform) {
		return new ReportModel.AccountReport("id", platform, null, name, null, null, null, null, null, null, null, null,
				null, null, null, null, java.util.List.of(), null, null, null, 0, null, null, null, null, null, null,
				java.util.List.of(), null, java.util.List.of(), java.util.List.of());
	}
}
