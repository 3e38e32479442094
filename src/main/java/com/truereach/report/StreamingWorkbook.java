package com.truereach.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streaming workbook that finds a sheet by its zip entry name in constant time. POI looks the
 * sheet up for every entry while writing by URI-encoding the part name of every sheet, which is
 * quadratic in the number of sheets and took seconds for a run with thousands of accounts.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	private Map<String, XSSFSheet> byEntryName;

	StreamingWorkbook(int window) {
		super(window);
	}

	@Override
	protected XSSFSheet getSheetFromZipEntryName(String sheetRef) {
		if (this.byEntryName == null) {
			// asked only while writing, when every sheet exists
			this.byEntryName = new HashMap<>();
			for (int i = 0; i < this._wb.getNumberOfSheets(); i++) {
				XSSFSheet sheet = this._wb.getSheetAt(i);
				this.byEntryName.put(sheet.getPackagePart().getPartName().getName().substring(1), sheet);
			}
		}
		return this.byEntryName.get(sheetRef);
	}
}
