package com.truereach.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * What a file may hold before TrueReach refuses it, and which days it may speak of. A file is
 * held in memory until it is judged, so one beyond {@code maxFileBytes} (decompressed, for a zip
 * entry) is refused before it is read; a zip entry that inflates more than {@code maxZipRatio}
 * times is a zip bomb, not an export. A day before 2000 or after tomorrow by {@code clock} is a
 * misdated row (an X row dated 9999 once moved the nightly window to the year 9999).
 */
public record ReadLimits(Clock clock, long maxFileBytes, double maxZipRatio) {

	/** Property names, as the job and {@code inspect} read them. */
	public static final String MAX_FILE_BYTES = "truereach.ingest.max-file-bytes";

	public static final String MAX_ZIP_RATIO = "truereach.ingest.max-zip-ratio";

	/** 128 MiB: the largest real exports seen are a few MB; a file this size already takes much of a 512 MB heap. */
	public static final long DEFAULT_MAX_FILE_BYTES = 134_217_728L;

	/** Text exports deflate 5 to 20 times; a hundred times is a file made to explode. */
	public static final double DEFAULT_MAX_ZIP_RATIO = 100;

	/** Small entries are never refused by ratio: a few kilobytes of zeros compress a thousand times. */
	static final long RATIO_FLOOR_BYTES = 1_048_576L;

	public static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);

	public static ReadLimits standard() {
		return new ReadLimits(Clock.systemDefaultZone(), DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ZIP_RATIO);
	}

	/** The limits as configured ({@code property} gives a property's value or null), the defaults where not. */
	public static ReadLimits from(UnaryOperator<String> property) {
		String bytes = property.apply(MAX_FILE_BYTES);
		String ratio = property.apply(MAX_ZIP_RATIO);
		return new ReadLimits(Clock.systemDefaultZone(),
				bytes == null || bytes.isBlank() ? DEFAULT_MAX_FILE_BYTES : Long.parseLong(bytes.trim()),
				ratio == null || ratio.isBlank() ? DEFAULT_MAX_ZIP_RATIO : Double.parseDouble(ratio.trim()));
	}

	/** The last plausible day: tomorrow, since a platform in a time zone ahead of the run's may already be there. */
	public LocalDate latestDay() {
		return LocalDate.now(clock).plusDays(1);
	}
}
