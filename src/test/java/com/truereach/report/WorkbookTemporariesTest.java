package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 9: what a run killed while writing a workbook left beside it is removed, and nothing else. */
class WorkbookTemporariesTest {

	@TempDir
	Path dir;

	@Test
	void removesTheStaleTemporariesOfTheSameWorkbookOnly() throws IOException {
		Path target = this.dir.resolve("nightly_2026-08-27_2026-11-24.xlsx");
		Path empty = Files.write(this.dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"),
				new byte[0]);
		Path half = Files.write(this.dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"),
				new byte[119_000]);
		Path next = WorkbookTemporaries.next(target);
		Files.write(next, new byte[10]);
		Path otherRange = Files.write(
				this.dir.resolve(".nightly_2026-08-28_2026-11-25.xlsx." + UUID.randomUUID() + ".tmp"), new byte[1]);
		Path notOurs = Files.write(this.dir.resolve("." + target.getFileName() + ".backup.tmp"), new byte[1]);
		Path previous = Files.write(target, new byte[5]);

		assertThat(WorkbookTemporaries.removeStale(target)).containsExactlyInAnyOrder(empty, half, next);

		assertThat(this.dir).isDirectoryNotContaining(p -> p.equals(empty) || p.equals(half) || p.equals(next));
		assertThat(otherRange).exists();
		assertThat(notOurs).exists();
		assertThat(previous).hasSize(5);
		assertThat(WorkbookTemporaries.removeStale(this.dir.resolve("missing/report.xlsx"))).isEmpty();
	}
}
