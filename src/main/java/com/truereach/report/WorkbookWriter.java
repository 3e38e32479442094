package com.truereach.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the analyst's workbook. The file is written next to its target under a temporary
 * name and renamed at the end, so a failed run never leaves a partial workbook and the previous
 * workbook of the same range stays as it was.
 */
public class WorkbookWriter {

	public Path write(ReportModel model, Path target) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			writeSummary(workbook, model);
			try (OutputStream out = Files.newOutputStream(temp)) {
				workbook.write(out);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private void writeSummary(SXSSFWorkbook workbook, ReportModel model) {
		Sheet sheet = workbook.createSheet("Summary");
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		CellStyle count = workbook.createCellStyle();
		count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		CellStyle money = workbook.createCellStyle();
		money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
		Row header = sheet.createRow(0);
		String[] names = { "Platform", "Account", "From", "To", "Followers at start", "Followers at end", "Growth",
				"Attributed revenue", "Currency", "Revenue per 1,000 followers" };
		for (int i = 0; i < names.length; i++) {
			header.createCell(i).setCellValue(names[i]);
		}
		int r = 1;
		for (ReportModel.AccountReport account : model.accounts()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(account.platform());
			row.createCell(1).setCellValue(account.name());
			dateCell(row, 2, model.run().from(), date);
			dateCell(row, 3, model.run().to(), date);
			number(row, 4, account.followersStart(), count);
			number(row, 5, account.followersEnd(), count);
			number(row, 6, account.growthRaw(), count);
			money(row, 7, account.revenue(), money);
			row.createCell(8).setCellValue(account.currency());
			money(row, 9, account.revenuePer1000Reported(), money);
		}
	}

	private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, Long value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private static void money(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
			cell.setCellStyle(style);
		}
	}
}
