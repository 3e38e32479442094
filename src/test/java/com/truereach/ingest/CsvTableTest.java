package com.truereach.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

	static List<String> rows(String header, String rest) throws IOException {
		List<String> rows = new ArrayList<>();
		try (CsvTable table = CsvTable.open("f.csv", header, new StringReader(rest), 1)) {
			for (CsvTable.Row row : table) {
				rows.add(row.line() + ":" + String.join("|", row.values()));
			}
		}
		return rows;
	}

	@Test
	void quotedFieldsSpanLinesAndKeepDoubledQuotes() throws IOException {
		assertThat(rows("id,text", "1,\"two\nlines\"\n2,\"say \"\"hi\"\"\"\n\n3,12\" pizza\n")).containsExactly(
				"2:1|two\nlines", "4:2|say \"hi\"", "6:3|12\" pizza");
	}

	@Test
	void semicolonsAfterAnExcelResave() throws IOException {
		assertThat(rows("Date;Views", "2026-03-01;\"1,5\"\r\n2026-03-02;7\r\n")).containsExactly(
				"2:2026-03-01|1,5", "3:2026-03-02|7");
		try (CsvTable table = CsvTable.open("f.csv", "Date;\"Views\"", new StringReader(""), 1)) {
			assertThat(table.has("views")).isTrue();
		}
	}

	@Test
	void aQuotedFieldStillOpenAtTheEndIsATruncatedFileNamingItsLine() {
		assertThatThrownBy(() -> rows("id,text", "1,\"fine\"\n2,\"cut off\nin the middle")).isInstanceOfSatisfying(
				CsvTable.MalformedCsvException.class, ex -> assertThat(ex.line()).isEqualTo(3))
			.hasMessageContaining("f.csv:3").hasMessageContaining("still open");
	}

	@Test
	void aFileEndingRightAfterAClosingQuoteIsComplete() throws IOException {
		assertThat(rows("id,text", "1,\"done\"")).containsExactly("2:1|done");
		assertThat(rows("id,text", "1,\"ends with a quote \"\"\"")).containsExactly("2:1|ends with a quote \"");
	}

	@Test
	void textAfterAClosingQuoteIsMalformed() {
		assertThatThrownBy(() -> rows("id,text", "1,\"a\"b\n")).isInstanceOf(CsvTable.MalformedCsvException.class)
			.hasMessageContaining("f.csv:2");
	}
}
