package com.truereach.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PreviewAndDatesTest {

	@Test
	void previewSplitsAtEveryLineEndingAndKeepsATrailingEmptyLine() {
		assertThat(Preview.firstLines("a\r\nb\rc\nd\n")).containsExactly("a", "b", "c", "d", "");
		assertThat(Preview.firstLines("only")).containsExactly("only");
		assertThat(Preview.firstLines("")).containsExactly("");
		assertThat(Preview.firstLines("x\n".repeat(100))).hasSize(40).allMatch("x"::equals);
	}

	@Test
	void isoDaysWithOrWithoutATime() {
		assertThat(Dates.parse("Date", "2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(Dates.parse("Date", " 2026-03-01T07:00:00-08:00 ")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(Dates.parse("Date", "2026-12-31 23:59")).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void anImpossibleIsoDayIsRejectedNotMovedToTheMonthEnd() {
		assertThatThrownBy(() -> Dates.parse("Date", "2026-02-30")).isInstanceOfSatisfying(BadValue.class,
				bad -> assertThat(bad.value()).isEqualTo("2026-02-30"))
			.hasMessageContaining("not a calendar day");
	}

	@Test
	void otherSpellingsGiveTheSameDayTheSecondTime() {
		for (int pass = 0; pass < 2; pass++) {
			assertThat(Dates.parse("Date", "Tue, Mar 10, 2026")).isEqualTo(LocalDate.of(2026, 3, 10));
			assertThat(Dates.parse("Video publish time", "Nov 26, 2024")).isEqualTo(LocalDate.of(2024, 11, 26));
			assertThat(Dates.parse("Date", "3/10/2026")).isEqualTo(LocalDate.of(2026, 3, 10));
			assertThat(Dates.parse("Date", "13-06-2025")).isEqualTo(LocalDate.of(2025, 6, 13));
		}
		assertThatThrownBy(() -> Dates.parse("Date", "next Tuesday")).isInstanceOf(BadValue.class);
		assertThatThrownBy(() -> Dates.parse("Date", "next Tuesday")).isInstanceOf(BadValue.class);
	}
}
