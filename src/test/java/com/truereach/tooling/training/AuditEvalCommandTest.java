package com.truereach.tooling.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import com.truereach.TrueReachApplication;

class AuditEvalCommandTest {

	static final Path CRESCI = Path.of("../shared/data/cresci2015");

	static final Path HUMANS = CRESCI.resolve("e13_humans.csv");

	static final Path FAKES = CRESCI.resolve("int_fakes.csv");

	record Run(int exitCode, String out, String err) {

		List<String> lines() {
			return out.lines().toList();
		}
	}

	static Run run(String... args) {
		CommandLine commandLine = TrueReachApplication.commandLine();
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		commandLine.setOut(new PrintWriter(out));
		commandLine.setErr(new PrintWriter(err));
		int exitCode = commandLine.execute(args);
		return new Run(exitCode, out.toString(), err.toString());
	}

	@Test
	void onCresciTheCrossValidatedModelReachesMcc095AndBeatsEveryRuleSet() {
		assumeTrue(Files.isRegularFile(HUMANS) && Files.isRegularFile(FAKES), "Cresci 2015 data not present");
		Run run = run("audit-eval", HUMANS.toString(), FAKES.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		List<String> lines = run.lines();
		assertThat(lines.get(0)).isEqualTo("read 2818 labelled profiles (1481 human, 1337 fake) from 2 file(s); 0 row(s) rejected");
		assertThat(lines.get(1)).startsWith("classifier").contains("accuracy", "precision", "recall", "F1", "MCC");
		String last = lines.get(lines.size() - 1);
		assertThat(last).matches("mcc=\\d\\.\\d{4}");
		double modelMcc = Double.parseDouble(last.substring("mcc=".length()));
		assertThat(modelMcc).isGreaterThanOrEqualTo(0.95);
		// table rows: 7 single rules, Camisani-Calzolari, Socialbakers, the model twice
		List<String> rows = lines.subList(2, lines.size() - 1);
		assertThat(rows).hasSize(11);
		assertThat(rows.get(0)).startsWith("followers>=30");
		assertThat(rows.get(9)).contains("(re-trained)").contains("10-fold CV").endsWith(last.substring(4));
		assertThat(rows.get(10)).contains("(shipped)");
		for (String rule : rows.subList(0, 9)) {
			assertThat(mcc(rule)).as(rule).isLessThan(modelMcc);
		}
		// the best single rule on these two files, followers >= 30, lands near the paper's 0.768
		assertThat(mcc(rows.get(0))).isBetween(0.70, 0.85);
		// all columns line up: every row as long as the header, or shorter only by trailing blanks
		assertThat(rows).allSatisfy(row -> assertThat(row.length()).isEqualTo(lines.get(1).length()));
	}

	@Test
	void refusesFilesWithOnlyOneClass(@TempDir Path dir) throws IOException {
		Path humans = dir.resolve("humans.csv");
		Files.writeString(humans, "screen_name,followers_count,label\nann,40,human\nbob,12,human\n");
		Run run = run("audit-eval", humans.toString());
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.err()).contains("need both human and fake profiles; found 2 human and 0 fake");
	}

	private static double mcc(String row) {
		String[] cells = row.trim().split("\\s+");
		return Double.parseDouble(cells[cells.length - 1]);
	}
}
