package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.truereach.TrueReachApplication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo as an agency defines it (jobs/agency.yml: Northwind Coffee's six accounts and Fjord
 * Tea's two): one workbook per client with exactly its accounts, each account's sheet as the
 * one workbook of every account has it, and an overview whose figures are the sums of the
 * clients'; the client workbooks written two at a time equal those written one at a time.
 */
class ClientWorkbooksTest {

	private static final LocalDate NIGHT = LocalDate.of(2026, 11, 25);

	private static final String RANGE = "2026-08-27_2026-11-24";

	@Test
	void oneWorkbookPerClientAndAnOverviewOfTheirSums(@TempDir Path dir) throws Exception {
		Path one = dir.resolve("one");
		Path two = dir.resolve("two");
		setUp(one);
		setUp(two);

		JobRunner.Outcome single;
		JobRunner.Outcome sequential;
		JobRunner.Outcome renamed;
		try (ConfigurableApplicationContext context = context("seq", 1)) {
			single = run(context, one.resolve("jobs/nightly.yml"));
			sequential = run(context, one.resolve("jobs/agency.yml"));
			assertThat(partitions(context)).as("client workbook partitions").isEqualTo(2);
			// the range again, after the definition's client fjord-tea became fjord, in a copy of the folder
			Path again = dir.resolve("again");
			setUp(again);
			Files.createDirectories(again.resolve("reports"));
			for (Path report : Files.list(one.resolve("reports")).toList()) {
				Files.copy(report, again.resolve("reports").resolve(report.getFileName()));
			}
			Path summary = again.resolve("reports/agency_" + RANGE + ".json");
			Files.writeString(summary, Files.readString(summary).replace(one.toString(), again.toString()));
			Path agency = again.resolve("jobs/agency.yml");
			Files.writeString(agency, Files.readString(agency).replace("id: fjord-tea", "id: fjord"));
			renamed = run(context, agency);
		}
		JobRunner.Outcome partitioned;
		try (ConfigurableApplicationContext context = context("par", 2)) {
			// as in the sequential database, the agency's run finds the files stored by the nightly's
			run(context, two.resolve("jobs/nightly.yml"));
			partitioned = run(context, two.resolve("jobs/agency.yml"));
		}

		Path reports = one.resolve("reports");
		assertThat(single.clientWorkbooks()).as("a definition without clients").isEmpty();
		assertThat(sequential.report()).isEqualTo(reports.resolve("agency_" + RANGE + ".xlsx"));
		assertThat(sequential.clientWorkbooks()).containsExactly(reports.resolve("agency_" + RANGE + "_northwind.xlsx"),
				reports.resolve("agency_" + RANGE + "_fjord-tea.xlsx"));
		try (Stream<Path> files = Files.list(reports)) {
			assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).as("no temporaries left")
				.containsExactly("agency_" + RANGE + ".json", "agency_" + RANGE + ".xlsx",
						"agency_" + RANGE + "_fjord-tea.xlsx", "agency_" + RANGE + "_northwind.xlsx",
						"nightly_" + RANGE + ".json", "nightly_" + RANGE + ".xlsx");
		}

		List<String> northwind = List.of("Northwind Coffee (X)", "Northwind Coffee (Instagram)",
				"Northwind Coffee (Facebook)", "Northwind Coffee (TikTok)", "Northwind Coffee (LinkedIn)",
				"Northwind Coffee");
		List<String> fjord = List.of("Fjord Tea (X)", "Fjord Tea (Instagram)");
		try (XSSFWorkbook all = JobFixture.open(single.report());
				XSSFWorkbook nw = JobFixture.open(sequential.clientWorkbooks().get(0));
				XSSFWorkbook ft = JobFixture.open(sequential.clientWorkbooks().get(1));
				XSSFWorkbook overview = JobFixture.open(sequential.report())) {
			assertThat(summaryAccounts(nw)).containsExactlyElementsOf(northwind);
			assertThat(summaryAccounts(ft)).containsExactlyElementsOf(fjord);
			assertThat(accountSheets(nw)).containsExactlyElementsOf(northwind);
			assertThat(accountSheets(ft)).containsExactlyElementsOf(fjord);
			assertThat(nw.getSheet("Unattributed")).as("revenue of no client is the overview's").isNull();
			for (XSSFWorkbook client : List.of(nw, ft)) {
				for (String account : accountSheets(client)) {
					assertThat(JobFixture.cells(client.getSheet(account))).as(account)
						.isEqualTo(JobFixture.cells(all.getSheet(account)));
				}
				assertThat(dataQualityOwners(client)).isNotEmpty();
			}
			assertThat(dataQualityOwners(ft)).containsOnly("ft-x", "ft-ig", "stripe", "shopify", "ga4");

			Sheet clients = overview.getSheet("Clients");
			assertThat(overview.getSheetName(0)).isEqualTo("Clients");
			Row nwRow = clients.getRow(4);
			Row ftRow = clients.getRow(5);
			Row total = clients.getRow(7);
			assertThat(nwRow.getCell(1).getStringCellValue()).isEqualTo("northwind");
			assertThat(nwRow.getCell(2).getStringCellValue()).isEqualTo("agency_" + RANGE + "_northwind.xlsx");
			assertThat(nwRow.getCell(2).getHyperlink().getAddress()).isEqualTo("agency_" + RANGE + "_northwind.xlsx");
			assertThat(ftRow.getCell(1).getStringCellValue()).isEqualTo("fjord-tea");
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("All 2 clients");
			// accounts, reported and real followers at end, orders, revenue: each client's is its workbook's sum
			assertThat(number(nwRow, 3)).isEqualTo(6);
			assertThat(number(ftRow, 3)).isEqualTo(2);
			assertThat(number(nwRow, 7)).isEqualTo(summarySum(nw, 13));
			assertThat(number(nwRow, 8)).isEqualTo(summarySum(nw, 2));
			assertThat(number(ftRow, 8)).isEqualTo(summarySum(ft, 2));
			assertThat(number(nwRow, 11)).isEqualTo(summarySum(nw, 21));
			assertThat(number(ftRow, 11)).isEqualTo(summarySum(ft, 21));
			assertThat(money(nwRow, 12)).isEqualByComparingTo(money(summarySum(nw, 6)));
			assertThat(money(ftRow, 12)).isEqualByComparingTo(money(summarySum(ft, 6)));
			assertThat(clients.getRow(3).getCell(12).getStringCellValue()).isEqualTo("Attributed revenue (USD)");
			// the total across clients is the sum of the clients' rows, column by column
			for (int c = 3; c <= 13; c++) {
				assertThat(number(total, c)).as("column " + c).isEqualTo(number(nwRow, c) + number(ftRow, c));
			}
			// and each client's own workbook ends its Summary with the same totals
			assertThat(summaryTotal(nw, 2)).isEqualTo(number(nwRow, 8));
			assertThat(summaryTotal(ft, 21)).isEqualTo(number(ftRow, 11));
			assertThat(accountsOf(overview)).hasSize(8);
		}

		JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(reports.resolve("agency_" + RANGE + ".json")));
		assertThat(summary.get("workbooks")).hasSize(2);
		assertThat(summary.get("workbooks").get(0).get("client").asString()).isEqualTo("northwind");
		assertThat(summary.get("workbooks").get(0).get("accounts").asInt()).isEqualTo(6);
		assertThat(summary.get("accounts")).hasSize(8);
		assertThat(summary.get("accounts").get(7).get("client").asString()).isEqualTo("fjord-tea");
		JsonNode plain = JsonMapper.builder().build().readTree(Files.readString(reports.resolve("nightly_" + RANGE + ".json")));
		assertThat(plain.has("workbooks")).as("a run without clients lists no client workbooks").isFalse();

		assertThat(renamed.clientWorkbooks()).extracting(p -> p.getFileName().toString())
			.containsExactly("agency_" + RANGE + "_northwind.xlsx", "agency_" + RANGE + "_fjord.xlsx");
		assertThat(renamed.report().resolveSibling("agency_" + RANGE + "_fjord-tea.xlsx"))
			.as("the workbook of a client no longer in the definition").doesNotExist();
		assertThat(renamed.report().resolveSibling("nightly_" + RANGE + ".xlsx")).as("another definition's").exists();

		for (int i = 0; i < 2; i++) {
			try (XSSFWorkbook a = JobFixture.open(sequential.clientWorkbooks().get(i));
					XSSFWorkbook b = JobFixture.open(partitioned.clientWorkbooks().get(i))) {
				JobFixture.assertSameContent(a, b);
			}
		}
		try (XSSFWorkbook a = JobFixture.open(sequential.report());
				XSSFWorkbook b = JobFixture.open(partitioned.report())) {
			JobFixture.assertSameContent(a, b);
		}
	}

	private static void setUp(Path dir) throws IOException {
		JobFixture.demoIn(dir);
		Files.copy(Path.of("jobs/agency.yml"), dir.resolve("jobs/agency.yml"));
	}

	private static ConfigurableApplicationContext context(String db, int partitions) {
		return new SpringApplicationBuilder(TrueReachApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:clients-" + db + ";DB_CLOSE_DELAY=-1", "--truereach.roots=input",
				"--truereach.partitions=" + partitions);
	}

	private static JobRunner.Outcome run(ConfigurableApplicationContext context, Path definition) {
		JobRunner.Outcome outcome = context.getBean(JobRunner.class).run(RunParameters.nightly(definition, NIGHT), false);
		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		return outcome;
	}

	private static int partitions(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'clientWorkbook:%'",
					Integer.class);
	}

	/** The account column of the Summary's table (from the row under the header to the first empty row). */
	private static List<String> summaryAccounts(XSSFWorkbook workbook) {
		List<String> accounts = new ArrayList<>();
		Sheet summary = workbook.getSheet("Summary");
		for (int r = 4; summary.getRow(r) != null; r++) {
			accounts.add(summary.getRow(r).getCell(0).getStringCellValue());
		}
		return accounts;
	}

	private static double summarySum(XSSFWorkbook workbook, int column) {
		Sheet summary = workbook.getSheet("Summary");
		double sum = 0;
		for (int r = 4; summary.getRow(r) != null; r++) {
			sum += number(summary.getRow(r), column);
		}
		return sum;
	}

	/** A figure of the totals row, one row below the Summary's table. */
	private static double summaryTotal(XSSFWorkbook workbook, int column) {
		Sheet summary = workbook.getSheet("Summary");
		int r = 4;
		while (summary.getRow(r) != null) {
			r++;
		}
		Row total = summary.getRow(r + 1);
		assertThat(total.getCell(0).getStringCellValue()).startsWith("Total of the ");
		return number(total, column);
	}

	/** The sheets after About: the accounts'. */
	private static List<String> accountSheets(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		for (int i = workbook.getSheetIndex("About") + 1; i < workbook.getNumberOfSheets(); i++) {
			names.add(workbook.getSheetName(i));
		}
		return names;
	}

	private static List<String> dataQualityOwners(XSSFWorkbook workbook) {
		List<String> owners = new ArrayList<>();
		Sheet sheet = workbook.getSheet("Data quality");
		for (int r = 3; sheet.getRow(r) != null && sheet.getRow(r).getCell(1) != null; r++) {
			owners.add(sheet.getRow(r).getCell(1).getStringCellValue());
		}
		return owners;
	}

	private static List<Map.Entry<String, String>> accountsOf(XSSFWorkbook overview) {
		List<Map.Entry<String, String>> accounts = new ArrayList<>();
		Sheet sheet = overview.getSheet("Accounts");
		for (int r = 3; sheet.getRow(r) != null; r++) {
			accounts.add(Map.entry(sheet.getRow(r).getCell(1).getStringCellValue(),
					sheet.getRow(r).getCell(4).getStringCellValue()));
		}
		return accounts;
	}

	private static double number(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null || cell.getCellType() != CellType.NUMERIC ? 0 : cell.getNumericCellValue();
	}

	private static BigDecimal money(Row row, int column) {
		return money(number(row, column));
	}

	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
	}
}
