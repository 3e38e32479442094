package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

import com.truereach.report.xlsx.XlsxWorkbook;

class CellsSealTest {

	@Test
	void aStyleFirstAskedForAfterTheStylesWereWrittenFails() throws IOException {
		try (XlsxWorkbook workbook = XlsxWorkbook.streaming(2)) {
			Cells cells = new Cells(workbook.poi());
			Row row = workbook.poi().createSheet("Sheet").createRow(0);
			cells.prepare(Cells.COUNT);
			cells.seal();
			// made before the seal: still given out
			cells.count(row, 0, 12L);
			assertThatThrownBy(() -> cells.highlighted().count(row, 1, 12L)).isInstanceOf(IllegalStateException.class);
		}
	}
}
