package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;

import org.junit.jupiter.api.Test;

/** The one line an operator acts on, out of a failure or out of the exit description the job repository stored. */
class FailureReasonsTest {

	@Test
	void aStoredDescriptionGivesItsInnermostReason() {
		assertThat(FailureReasons.of("java.lang.IllegalStateException: step failed\n\tat a.B.c(B.java:1)\n"
				+ "Caused by: java.nio.file.NoSuchFileException: /in/x.csv\n\tat d.E.f(E.java:2)"))
			.isEqualTo("/in/x.csv: no such file");
		assertThat(FailureReasons.of("java.lang.IllegalStateException: the database refused a.csv\n\tat a.B.c(B.java:1)"))
			.isEqualTo("the database refused a.csv");
		assertThat(FailureReasons.of(" ")).isNull();
	}

	/** Spring Batch keeps 2,500 characters of the trace: a long one loses its "Caused by" lines, not its first. */
	@Test
	void aWrapperCutBeforeItsCausesGivesTheWrappedReason() {
		String cut = ("java.lang.IllegalStateException: java.nio.file.AccessDeniedException: /tmp/poifiles/sheet1.xml\n"
				+ "\tat org.apache.poi.xssf.streaming.SXSSFWorkbook.createSheet(SXSSFWorkbook.java:1)\n").repeat(40)
			.substring(0, 2500);
		assertThat(FailureReasons.of(cut)).isEqualTo("/tmp/poifiles/sheet1.xml: access denied");
		assertThat(FailureReasons.of("java.io.UncheckedIOException: java.lang.IllegalArgumentException: bad day"))
			.isEqualTo("bad day");
	}

	@Test
	void aFailureGivesItsInnermostCause() {
		assertThat(FailureReasons.of(new IllegalStateException(new UncheckedIOException(new AccessDeniedException("/out")))))
			.isEqualTo("/out: access denied");
	}
}
