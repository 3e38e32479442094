package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.truereach.history.HistoryRetention;

/**
 * An older export of the same kind, which a newer export covers entirely, is pruned after it
 * left the disk; the report of the period is the same before and after.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:prune-${random.uuid};DB_CLOSE_DELAY=-1")
class PruneTest {

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void prunesSupersededExportsWithoutChangingTheReport(@TempDir Path dir) throws Exception {
		Path definition = JobFixture.copyTo(dir);
		Path current = dir.resolve("x/account_overview_analytics.csv");
		List<String> lines = Files.readAllLines(current);
		// yesterday's download: the same export up to March 5 with other figures, now replaced on disk
		List<String> older = new ArrayList<>(List.of(lines.get(0)));
		lines.stream().filter(l -> l.matches("\"\\w+, Mar [1-5], 2026\",.*")).map(l -> l.replaceFirst(",\\d+,", ",1,"))
			.forEach(older::add);
		assertThat(older).hasSize(6);
		Path olderFile = dir.resolve("x/account_overview_analytics_older.csv");
		Files.write(olderFile, older);
		Files.setLastModifiedTime(olderFile, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
		RunParameters march = RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
		assertThat(runner.run(march, false).succeeded()).isTrue();
		Files.delete(olderFile);

		JobRunner.Outcome before = runner.run(march, false);
		assertThat(before.succeeded()).as(before.message()).isTrue();
		Map<String, List<List<String>>> reportBefore = cells(before.report());
		int series = count();

		HistoryRetention retention = new HistoryRetention(jdbc);
		assertThat(retention.prune(Instant.now().minus(Duration.ofDays(1))).series())
			.as("an export first seen today is kept")
			.isZero();
		HistoryRetention.Pruned pruned = retention.prune(Instant.now().plusSeconds(60));
		assertThat(pruned.series()).isEqualTo(1);
		assertThat(pruned.files()).containsExactly(olderFile.toString());
		assertThat(count()).isEqualTo(series - 1);

		JobRunner.Outcome after = runner.run(march, false);
		assertThat(after.succeeded()).as(after.message()).isTrue();
		assertThat(cells(after.report())).isEqualTo(reportBefore);
	}

	private static List<List<String>> withoutColumn(List<List<String>> rows, String header) {
		int column = -1;
		List<List<String>> kept = new ArrayList<>();
		for (List<String> row : rows) {
			// the files table ends at the first row that is a title or empty
			column = row.contains(header) ? row.indexOf(header) : row.size() <= 1 ? -1 : column;
			List<String> copy = new ArrayList<>(row);
			if (column >= 0 && column < copy.size()) {
				copy.set(column, "(days replaced)");
			}
			kept.add(copy);
		}
		return kept;
	}

	private int count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM tr_day_series", Integer.class);
	}

	/**
	 * Every sheet's cells but About's, which names the run's revision, and the Data quality
	 * sheet's "Days replaced", which counts the days of older exports still stored that a file's
	 * days took the place of: after a prune there are fewer such exports to count.
	 */
	private static Map<String, List<List<String>>> cells(Path workbook) throws Exception {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		try (XSSFWorkbook book = JobFixture.open(workbook)) {
			for (Sheet sheet : book) {
				if (!sheet.getSheetName().equals("About")) {
					sheets.put(sheet.getSheetName(), withoutColumn(JobFixture.cells(sheet), "Days replaced"));
				}
			}
		}
		assertThat(sheets).containsKey("Summary");
		return sheets;
	}
}
