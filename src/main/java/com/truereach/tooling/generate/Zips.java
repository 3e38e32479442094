package com.truereach.tooling.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip archives with fixed entry times, so that the same seed gives the same bytes. Times are set
 * as local DOS times: {@code ZipEntry.setTime} would shift them with the machine's time zone.
 */
final class Zips {

	record Item(String name, byte[] content) {
	}

	private Zips() {
	}

	static void write(Path zip, LocalDateTime time, List<Item> items) throws IOException {
		Files.createDirectories(zip.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(zip)) {
			out.write(zipped(time, items));
		}
	}

	static byte[] zipped(LocalDateTime time, List<Item> items) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
			for (Item item : items) {
				ZipEntry entry = new ZipEntry(item.name());
				entry.setTimeLocal(time);
				zip.putNextEntry(entry);
				zip.write(item.content());
				zip.closeEntry();
			}
		}
		return buffer.toByteArray();
	}

	/** Rewrites an archive (a POI workbook) with the same entries in the same order and fixed times. */
	static byte[] normalised(byte[] archive, LocalDateTime time) throws IOException {
		List<Item> items = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				items.add(new Item(entry.getName(), in.readAllBytes()));
			}
		}
		return zipped(time, items);
	}
}
