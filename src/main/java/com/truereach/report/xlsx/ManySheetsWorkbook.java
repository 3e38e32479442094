package com.truereach.report.xlsx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;

/**
 * A workbook that adds a sheet in constant time. POI's {@code createSheet} goes through every
 * sheet three times for each new one (for a name clash, the highest sheet id, and a free part
 * name, the last building each part's name as a URI string), which for thousands of sheets took
 * seconds. This one keeps the names taken and the next number, and does the same steps as POI
 * otherwise: the same checks, part name, relation, ids and order of attributes, so the file is the
 * same. POI has no hook to register a new sheet, so it goes through {@code parseSheet}, the public
 * step by which POI registers a sheet it read; a sheet made here has nothing to read.
 * <p>
 * Once a sheet is added or removed some other way, POI's own {@code createSheet} is used again.
 */
final class ManySheetsWorkbook extends XSSFWorkbook {

	/** Makes the new sheets: POI's, except that they do not read their empty part. */
	private static final XSSFFactory SHEETS = new XSSFFactory() {

		@Override
		public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
			return descriptor == XSSFRelation.WORKSHEET ? new CreatedSheet() : super.newDocumentPart(descriptor);
		}

	};

	/** Excel's longest sheet name, at which POI cuts a longer one. */
	private static final int MAX_NAME = 31;

	/** The index of each sheet by its name as POI compares them: the first 31 characters, ignoring case. */
	private final Map<String, Integer> taken = new HashMap<>();

	private int created;

	/** Whether a sheet was renamed, after which names are looked up POI's way. */
	private boolean renamed;

	/** The sheets given print titles by {@link #printTitles}. */
	private final Set<Integer> titled = new HashSet<>();

	/** Set while {@link #printTitles} names a sheet's new print titles. */
	private boolean newTitles;

	@Override
	public XSSFSheet createSheet(String sheetname) {
		if (sheetname == null || this.created != getNumberOfSheets()) {
			return super.createSheet(sheetname);
		}
		// POI cuts a longer name too, as Excel would refuse it
		String name = sheetname.length() > MAX_NAME ? sheetname.substring(0, MAX_NAME) : sheetname;
		WorkbookUtil.validateSheetName(name);
		if (this.taken.putIfAbsent(key(name), this.created) != null) {
			throw new IllegalArgumentException("The workbook already contains a sheet named '" + sheetname + "'");
		}
		int number = this.created + 1;
		CTSheet entry = getCTWorkbook().getSheets().addNewSheet();
		entry.setName(name);
		RelationPart relation = createRelationship(XSSFRelation.WORKSHEET, SHEETS, number, false);
		XSSFSheet sheet = relation.getDocumentPart();
		entry.setId(relation.getRelationship().getId());
		entry.setSheetId(number);
		if (number == 1) {
			sheet.setSelected(true);
		}
		parseSheet(Map.of(entry.getId(), sheet), entry);
		this.created++;
		return sheet;
	}

	/**
	 * In constant time while every sheet was added here: POI compares the name of every sheet,
	 * which parsing a formula naming a sheet (as each sheet's print titles do) does.
	 */
	@Override
	public int getSheetIndex(String name) {
		if (this.renamed || this.created != getNumberOfSheets()) {
			return super.getSheetIndex(name);
		}
		return this.taken.getOrDefault(key(name), -1);
	}

	/**
	 * In constant time while every sheet was added here, as {@link #getSheetIndex(String)}: POI
	 * compares the sheet with every sheet.
	 */
	@Override
	public int getSheetIndex(Sheet sheet) {
		if (this.renamed || this.created != getNumberOfSheets() || sheet == null) {
			return super.getSheetIndex(sheet);
		}
		int index = this.taken.getOrDefault(key(sheet.getSheetName()), -1);
		return index >= 0 && getSheetAt(index) == sheet ? index : super.getSheetIndex(sheet);
	}

	/**
	 * The print titles of the sheet at {@code sheetIndex}, which has none yet, as POI's
	 * {@code setRepeatingRows} names them. POI checks a new name against every name of the
	 * workbook called the same ({@code getNames}): for print titles, one per sheet so far, which
	 * for thousands of sheets was the largest single cost of the workbook. A sheet without print
	 * titles has nothing to clash with, so that list is empty while the name is given.
	 */
	XSSFName printTitles(int sheetIndex, String formula) {
		if (!this.titled.add(sheetIndex)) {
			throw new IllegalStateException("sheet " + getSheetName(sheetIndex) + " has print titles already");
		}
		XSSFName name = createName();
		name.setSheetIndex(sheetIndex);
		this.newTitles = true;
		try {
			name.setNameName(XSSFName.BUILTIN_PRINT_TITLE);
		}
		finally {
			this.newTitles = false;
		}
		name.setRefersToFormula(formula);
		return name;
	}

	@Override
	public List<XSSFName> getNames(String name) {
		return this.newTitles ? List.of() : super.getNames(name);
	}

	@Override
	public void setSheetName(int sheetIndex, String sheetname) {
		this.renamed = true;
		super.setSheetName(sheetIndex, sheetname);
	}

	/** Equal for two names exactly when {@link String#equalsIgnoreCase} says they are. */
	private static String key(String name) {
		char[] chars = name.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
		}
		return new String(chars);
	}

	/** A sheet made here, whose package part is still empty: there is nothing to read. */
	private static final class CreatedSheet extends XSSFSheet {

		@Override
		protected void onDocumentRead() {
		}

	}
}
