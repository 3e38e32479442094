package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.TrueReachApplication;

/**
 * Issue 11, item 1, in real JVMs as an operator sees it: a nightly run fails in ingest on one
 * file; the file is removed, another one arrives, and the same request is launched again. The
 * resume must hold the data of every file the definition now lists, as an uninterrupted run of
 * the same files does, and say that the files changed. On part of the demo set, to keep three
 * JVMs short: with two partitions the Stripe exports are one and the accounts the other, which
 * completes in the failed run, so a deal made again on the resume gives the new file to it.
 */
class ResumeAfterFilesChangedTest {

	private static final String AS_OF = "2026-11-25";

	/** A file read by the resume but not listed at the first start. */
	private static final String LATE = "input/x/fjordtea/account_overview_analytics (1).csv";

	private static final String MARKED = "input/revenue/stripe/" + StoreFailsOnMarkedFile.MARK + "_payments.csv";

	@TempDir
	Path dir;

	@Test
	void aResumeAfterTheFilesChangedHoldsEveryListedFile() throws Exception {
		Path resumed = demo(dir.resolve("resumed"));
		Path late = resumed.resolve(LATE);
		Path aside = Files.move(late, resumed.resolve("late.csv"));
		Files.copy(resumed.resolve("input/revenue/stripe/unified_payments.csv"), resumed.resolve(MARKED));

		Run failed = run(resumed);

		assertThat(failed.exit()).as(failed.output()).isEqualTo(1);
		assertThat(failed.errors()).contains("the database refused " + StoreFailsOnMarkedFile.MARK);

		Files.delete(resumed.resolve(MARKED));
		Files.move(aside, late);
		Run resume = run(resumed);

		assertThat(resume.exit()).as(resume.output() + resume.errors()).isZero();
		assertThat(resume.output()).contains("The input files changed after this run first started: 1 added (")
			.contains("1 no longer listed (");
		Path uninterrupted = demo(dir.resolve("uninterrupted"));
		Run reference = run(uninterrupted);
		assertThat(reference.exit()).as(reference.output() + reference.errors()).isZero();

		try (XSSFWorkbook workbook = JobFixture.open(resume.report());
				XSSFWorkbook expected = JobFixture.open(reference.report())) {
			assertThat(JobFixture.cells(workbook.getSheet("Summary")))
				.as("revenue, followers and verdicts as an uninterrupted run of the same files has them")
				.isEqualTo(JobFixture.cells(expected.getSheet("Summary")));
			List<List<String>> files = fileRows(workbook.getSheet("Data quality"));
			List<String> listed = listed(resumed);
			assertThat(listed).hasSize(9).anySatisfy(file -> assertThat(file).endsWith(LATE));
			for (String file : listed) {
				assertThat(files).as(file + " was read by the run")
					.anySatisfy(row -> assertThat(row.get(0)).satisfiesAnyOf(p -> assertThat(p).isEqualTo(file),
							p -> assertThat(p).startsWith(file + "!/")));
			}
			assertThat(files).anySatisfy(row -> {
				assertThat(row.get(0)).endsWith(MARKED);
				assertThat(row.get(6)).isEqualTo("REMOVED");
			});
			assertThat(files).anySatisfy(row -> {
				assertThat(row.get(0)).endsWith(LATE);
				assertThat(row.get(7)).startsWith("added after this run first started");
			});
			assertThat(JobFixture.cells(workbook.getSheet("About")).toString())
				.contains("The input files changed after this run first started");
		}
	}

	/**
	 * Four accounts of the demo definition with their files, Stripe and GA4, under {@code root};
	 * the files keep their modification times, which decide which of two exports is newer.
	 */
	private static Path demo(Path root) throws IOException {
		Files.createDirectories(root.resolve("jobs"));
		Files.writeString(root.resolve("jobs/nightly.yml"), """
				name: nightly
				window: { days: 90, ending: latest }
				output: ../reports
				currency: USD
				accounts:
				  - { id: nw-x, platform: x, handle: "@northwind", name: "Northwind Coffee (X)",
				      files: ["../input/x/northwind/*.csv"], followersAnchor: { date: 2026-11-24, followers: 18319 } }
				  - { id: nw-tt, platform: tiktok, handle: "@northwind.coffee", name: "Northwind Coffee (TikTok)",
				      files: ["../input/tiktok/northwind.coffee/*.zip"] }
				  - { id: nw-yt, platform: youtube, handle: "@NorthwindCoffee", name: "Northwind Coffee",
				      files: ["../input/youtube/northwindcoffee/*.zip"], followersAnchor: { date: 2026-11-24, followers: 4285 } }
				  - { id: ft-x, platform: x, handle: "@fjordtea", name: "Fjord Tea (X)",
				      files: ["../input/x/fjordtea/*.csv"], followersAnchor: { date: 2026-11-24, followers: 2328 } }
				revenue:
				  - { name: stripe, files: ["../input/revenue/stripe/*.csv"] }
				  - { name: ga4, files: ["../input/revenue/ga4/*.csv"] }
				attribution:
				  - { utmCampaign: "nw_x_*", account: nw-x }
				  - { utmCampaign: "nw_tt_*", account: nw-tt }
				  - { utmCampaign: "nw_yt_*", account: nw-yt }
				  - { utmCampaign: "ft_x_*", account: ft-x }
				  - { platform: "x", account: nw-x }
				  - { platform: "tiktok", account: nw-tt }
				  - { platform: "youtube", account: nw-yt }
				""");
		for (String folder : List.of("x", "tiktok", "youtube", "revenue/stripe", "revenue/ga4")) {
			Path input = Path.of("input", folder);
			try (Stream<Path> walk = Files.walk(input)) {
				for (Path file : walk.toList()) {
					Path target = root.resolve(file.toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
		}
		return root;
	}

	/** The files the definition lists now. */
	private static List<String> listed(Path root) {
		return Ingestion.inputs(JobDefinitionLoader.load(root.resolve("jobs/nightly.yml")))
			.stream()
			.map(input -> input.path().toString())
			.toList();
	}

	/** The rows of the Data quality sheet's file table, as text. */
	private static List<List<String>> fileRows(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() < 3) {
				continue;
			}
			if (row.getCell(0) == null || formatter.formatCellValue(row.getCell(0)).isEmpty()
					|| formatter.formatCellValue(row.getCell(0)).equals("Rejected rows")) {
				break;
			}
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < 8; c++) {
				cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
			}
			// the file's full path: the cell shows it relative to the definition's folder, its comment in full
			if (row.getCell(0).getCellComment() != null) {
				cells.set(0, row.getCell(0).getCellComment().getString().getString());
			}
			rows.add(cells);
		}
		return rows;
	}

	private record Run(Path root, int exit, String output, String errors) {

		/** The workbook the last line names, relative to where the run was started. */
		Path report() {
			String last = output.lines().filter(l -> l.startsWith("report: ")).reduce((a, b) -> b).orElseThrow();
			return root.resolve(last.substring("report: ".length()));
		}
	}

	/** The nightly request in a JVM of its own, started in {@code root} so that its history is there. */
	private static Run run(Path root) throws Exception {
		Path out = Files.createTempFile(root, "stdout", ".log");
		Path err = Files.createTempFile(root, "stderr", ".log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Dtruereach.ingest.partitions=2", "-cp", System.getProperty("java.class.path"),
				TrueReachApplication.class.getName(), "run", "--job", "jobs" + File.separator + "nightly.yml",
				"--as-of", AS_OF, "--spring.main.sources=" + StoreFailsOnMarkedFile.class.getName())
			.directory(root.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("the run did not end within 5 minutes");
		}
		Run run = new Run(root, process.exitValue(), Files.readString(out), Files.readString(err));
		Files.delete(out);
		Files.delete(err);
		return run;
	}
}
