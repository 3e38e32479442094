package com.truereach.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streaming workbook tuned for thousands of sheets. It finds a sheet by its zip entry name in
 * constant time (POI compares the part name of every sheet for every entry, quadratic in the
 * number of sheets), and compresses with the fastest deflate level, which writes the sheets'
 * XML several times faster for a file about a fifth larger.
 * <p>
 * A deferred sheet has its rows written only when the workbook is written, straight into the
 * sheet's zip entry. POI otherwise writes every sheet's rows to a temporary file, then copies
 * that file into the zip and deletes it: for thousands of large sheets, writing, reading and
 * deleting those files took a fifth of the time. POI writes the styles before any sheet's rows,
 * so every style a deferred sheet uses must exist before {@link #write(OutputStream)}. Its text is
 * compressed on a second thread ({@link EntryPipe}), and sheets are added in constant time
 * ({@link ManySheetsWorkbook}).
 */
final class StreamingWorkbook extends SXSSFWorkbook implements XlsxWorkbook {

	private record Deferred(XSSFSheet sheet, Redirect target, FastSheetDataWriter writer, Rows rows,
			CellRangeAddress dimension) {
	}

	private final Map<SXSSFSheet, Deferred> deferred = new IdentityHashMap<>();

	/** The data writer of every sheet that is not deferred; it sees every row the sheet writes. */
	private final Map<XSSFSheet, FastSheetDataWriter> streamed = new IdentityHashMap<>();

	/** The target of the sheet being created, when it is a deferred one. */
	private Redirect creating;

	/** The data writer made for the sheet being created. */
	private FastSheetDataWriter created;

	private Map<String, XSSFSheet> byEntryName;

	/** The thread that compresses deferred sheets, see {@link EntryPipe}. */
	private ExecutorService encoder;

	static {
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporaryFolder().toFile()));
	}

	StreamingWorkbook(int window) {
		super(new ManySheetsWorkbook(), window);
	}

	/**
	 * Where POI keeps the temporary files of a workbook being written: a folder of the user's own.
	 * POI's default, {@code <tmpdir>/poifiles}, is one folder for every user of the machine, and
	 * once made by one it refuses the others with "access denied" (an analyst's run by hand, then
	 * the service's).
	 */
	static Path temporaryFolder() {
		String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
		return Path.of(System.getProperty("java.io.tmpdir"), "poifiles-" + user);
	}

	@Override
	public SXSSFWorkbook poi() {
		return this;
	}

	@Override
	public SXSSFSheet createDeferredSheet(String name, Rows rows) {
		Redirect target = new Redirect();
		this.creating = target;
		SXSSFSheet sheet;
		try {
			sheet = createSheet(name);
		}
		finally {
			this.creating = null;
		}
		// its rows are written top to bottom and never revisited: a window of one keeps POI's row map tiny
		sheet.setRandomAccessWindowSize(1);
		this.deferred.put(sheet,
				new Deferred(this._wb.getSheetAt(this._wb.getNumberOfSheets() - 1), target, this.created, rows, null));
		return sheet;
	}

	/**
	 * A deferred sheet's dimension is written before its rows, so it is declared beforehand; rows
	 * written outside it fail the workbook rather than let the file claim less than it holds (tools
	 * that trust the dimension read only that much).
	 */
	@Override
	public void declareDimension(SXSSFSheet sheet, CellRangeAddress dimension) {
		Deferred pending = this.deferred.get(sheet);
		if (pending == null) {
			throw new IllegalArgumentException(sheet.getSheetName() + " is not a deferred sheet");
		}
		this.deferred.put(sheet, new Deferred(pending.sheet(), pending.target(), pending.writer(), pending.rows(),
				dimension));
	}

	/**
	 * POI's {@code setRepeatingRows} looks through every defined name twice for one of the sheet
	 * (and a sheet's index through every sheet), which for thousands of sheets was the largest
	 * single cost of the workbook. A new sheet has no print titles yet, so the name is made
	 * directly, with the attributes and formula text POI gives it (see
	 * {@link ManySheetsWorkbook#printTitles}), the sheet's index found in constant time.
	 */
	@Override
	public void repeatRows(Sheet sheet, int lastRow) {
		((ManySheetsWorkbook) this._wb).printTitles(getSheetIndex(sheet),
				SheetNameFormatter.format(sheet.getSheetName()) + "!$1:$" + (lastRow + 1));
	}

	/** Called by POI for each new sheet, from {@code createSheet}. */
	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		if (this.creating != null) {
			this.created = new FastSheetDataWriter(this.creating);
			return this.created;
		}
		this.created = new FastSheetDataWriter();
		// POI has just added the sheet this writer is for
		this.streamed.put(this._wb.getSheetAt(this._wb.getNumberOfSheets() - 1), this.created);
		return this.created;
	}

	/**
	 * POI derives each sheet's dimension here from the rows it still holds in memory: a streamed
	 * sheet's rows flushed earlier are not in it ("A1" for a sheet flushed to its end), and a
	 * deferred sheet has none yet ("A:Y"). Once POI has flushed every row, each writer has seen its
	 * sheet's rows and gives the real range; a deferred sheet has the range it declared.
	 */
	@Override
	protected void flushSheets() throws IOException {
		super.flushSheets();
		for (Deferred sheet : this.deferred.values()) {
			sheet.sheet()
				.setDimensionOverride(sheet.dimension() == null ? new CellRangeAddress(0, 0, 0, 0) : sheet.dimension());
		}
		this.streamed.forEach((sheet, writer) -> {
			CellRangeAddress written = writer.written();
			if (written != null) {
				sheet.setDimensionOverride(written);
			}
		});
	}

	@Override
	protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
		Deferred pending = this.deferred.get(sheet);
		if (pending == null) {
			return super.createSheetInjector(sheet);
		}
		return entry -> {
			try (EntryPipe out = new EntryPipe(entry, encoder())) {
				pending.target().open(out);
				pending.rows().write(sheet, pending.writer()::writeRow);
				sheet.flushRows();
				checkDimension(sheet, pending);
			}
			finally {
				pending.target().done();
			}
		};
	}

	/**
	 * Rows still in memory after a failed run are flushed first: POI closes the sheets' writers
	 * before flushing them, and logs a warning per sheet. A deferred sheet's rows left by a failed
	 * write go nowhere: the workbook is being given up.
	 */
	@Override
	public void close() throws IOException {
		this.deferred.values().forEach(d -> d.target().done());
		if (this.encoder != null) {
			this.encoder.shutdownNow();
		}
		for (int i = 0; i < getNumberOfSheets(); i++) {
			SXSSFSheet sheet = getSheetAt(i);
			if (!sheet.areAllRowsFlushed()) {
				sheet.flushRows();
			}
		}
		super.close();
	}

	private static void checkDimension(SXSSFSheet sheet, Deferred pending) {
		CellRangeAddress written = pending.writer().written();
		CellRangeAddress declared = pending.dimension();
		if (declared != null && written != null && !(declared.isInRange(written.getFirstRow(), written.getFirstColumn())
				&& declared.isInRange(written.getLastRow(), written.getLastColumn()))) {
			throw new IllegalStateException("sheet " + sheet.getSheetName() + " declared its cells to lie in "
					+ declared.formatAsString() + " but wrote " + written.formatAsString());
		}
	}

	private ExecutorService encoder() {
		if (this.encoder == null) {
			this.encoder = Executors.newSingleThreadExecutor(task -> {
				Thread thread = new Thread(task, "workbook-deflate");
				thread.setDaemon(true);
				return thread;
			});
		}
		return this.encoder;
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
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

	/**
	 * Where a deferred sheet's data writer writes: its zip entry while the workbook writes it.
	 * Rows flushed before that would be lost, so they fail loudly; after it (rows left by a failed
	 * write, flushed on close), they are dropped.
	 */
	private static final class Redirect extends Writer {

		private Writer out;

		private boolean done;

		void open(Writer entry) {
			this.out = entry;
		}

		void done() {
			this.out = null;
			this.done = true;
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			Writer target = target();
			if (target != null) {
				target.write(chars, offset, length);
			}
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			Writer target = target();
			if (target != null) {
				target.write(text, offset, length);
			}
		}

		@Override
		public void write(int c) throws IOException {
			Writer target = target();
			if (target != null) {
				target.write(c);
			}
		}

		@Override
		public void flush() throws IOException {
			if (this.out != null) {
				this.out.flush();
			}
		}

		/** The zip entry belongs to the workbook, which closes it. */
		@Override
		public void close() {
		}

		private Writer target() {
			if (this.out == null && !this.done) {
				throw new IllegalStateException("A deferred sheet's rows are written only while the workbook is");
			}
			return this.out;
		}

	}
}
