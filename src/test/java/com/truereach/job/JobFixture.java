package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The small job fixture of src/test/resources/fixtures/job, copied where a test may change it. */
public final class JobFixture {

	static final Path SOURCE = Path.of("src/test/resources/fixtures/job");

	private JobFixture() {
	}

	public static Path copyTo(Path dir) {
		try (Stream<Path> files = Files.walk(SOURCE)) {
			for (Path file : files.toList()) {
				Path target = dir.resolve(SOURCE.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
			return dir.resolve("job.yml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The demo's definition as shipped, moved next to a link to the project's input/ so that the
	 * report lands in {@code dir}; the run needs {@code truereach.roots=input}.
	 */
	public static Path demoIn(Path dir) throws IOException {
		Files.createDirectories(dir.resolve("jobs"));
		Files.copy(Path.of("jobs/nightly.yml"), dir.resolve("jobs/nightly.yml"));
		Files.createSymbolicLink(dir.resolve("input"), Path.of("input").toAbsolutePath());
		return dir.resolve("jobs/nightly.yml");
	}

	public static XSSFWorkbook open(Path workbook) throws IOException {
		try (InputStream in = Files.newInputStream(workbook)) {
			return new XSSFWorkbook(in);
		}
	}

	/** Every cell of a sheet as text, for comparing two workbooks' content; the time a workbook was generated is masked. */
	public static List<List<String>> cells(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> values = new ArrayList<>();
			for (Cell cell : row) {
				String value = formatter.formatCellValue(cell);
				values.add(value.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}") ? "(generation time)" : value);
			}
			rows.add(values);
		}
		return rows;
	}

	/** Every sheet of {@code actual} holds the cells of {@code expected}'s, but the About sheet, which tells how long the steps took. */
	public static void assertSameContent(XSSFWorkbook expected, XSSFWorkbook actual) {
		assertThat(actual.getNumberOfSheets()).isEqualTo(expected.getNumberOfSheets());
		for (int i = 0; i < expected.getNumberOfSheets(); i++) {
			assertThat(actual.getSheetName(i)).isEqualTo(expected.getSheetName(i));
			if (!expected.getSheetName(i).equals("About")) {
				assertThat(cells(actual.getSheetAt(i))).as(expected.getSheetName(i)).isEqualTo(cells(expected.getSheetAt(i)));
			}
		}
	}
}
