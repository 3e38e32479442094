package com.truereach.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Lines of a file, per sheet of a workbook (row 5 of two sheets are two rows), as bits: a file
 * of a million rows is a few hundred kilobytes here, where a set of boxed numbers cost an object
 * pair per row and a noticeable part of reading.
 */
final class LineSet {

	private final List<BitSet> sheets = new ArrayList<>();

	private long size;

	/** Adds the line; true when it was not there yet. */
	boolean add(int sheet, long line) {
		BitSet lines = sheet(sheet);
		int bit = bit(line);
		if (lines.get(bit)) {
			return false;
		}
		lines.set(bit);
		size++;
		return true;
	}

	boolean contains(int sheet, long line) {
		return sheet < sheets.size() && sheets.get(sheet).get(bit(line));
	}

	long size() {
		return size;
	}

	private BitSet sheet(int sheet) {
		while (sheets.size() <= sheet) {
			sheets.add(new BitSet());
		}
		return sheets.get(sheet);
	}

	/** Lines start at 1 and fit an int: a file of more than two billion lines is not an export. */
	private static int bit(long line) {
		return Math.toIntExact(line);
	}
}
