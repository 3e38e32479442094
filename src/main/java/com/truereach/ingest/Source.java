package com.truereach.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One input file as a reader sees it: a plain file, or an entry of a zip read in place.
 * {@code name} is what messages show ({@code input/tt.zip!/Overview.csv}).
 */
public interface Source {

	String name();

	InputStream open() throws IOException;

	Instant modified();

	long size();

	/**
	 * The file's own name, or the zip's name and the entry's path: not the folders around them,
	 * which a person chose (and which would put a machine's paths into messages).
	 */
	default String downloadName() {
		String name = name();
		int entry = name.indexOf("!/");
		String file = entry < 0 ? name : name.substring(0, entry);
		String own = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
		return entry < 0 ? own : own + "!/" + name.substring(entry + 2);
	}

	/**
	 * The export day known from outside the file (the account's other exports, the definition);
	 * empty for a file looked at on its own. Only formats whose dates lack a year ask for it.
	 */
	default java.util.Optional<ExportDay> knownExportDay() {
		return java.util.Optional.empty();
	}

	/** {@code source} with {@code known} as its {@link #knownExportDay()}, asked only when a reader needs it. */
	static Source withExportDay(Source source, java.util.function.Supplier<java.util.Optional<ExportDay>> known) {
		return new Source() {
			@Override
			public String name() {
				return source.name();
			}

			@Override
			public InputStream open() throws IOException {
				return source.open();
			}

			@Override
			public Instant modified() {
				return source.modified();
			}

			@Override
			public long size() {
				return source.size();
			}

			@Override
			public java.util.Optional<ExportDay> knownExportDay() {
				return known.get();
			}

			@Override
			public String toString() {
				return name();
			}
		};
	}

	static Source of(Path path) {
		return new Source() {
			@Override
			public String name() {
				return path.toString();
			}

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(path);
			}

			@Override
			public Instant modified() {
				try {
					return Files.getLastModifiedTime(path).toInstant();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public long size() {
				try {
					return Files.size(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public String toString() {
				return name();
			}
		};
	}

	/**
	 * A file as it was when the run started reading it: size and modification time are the ones
	 * measured then, so a file deleted afterwards can still be recorded with what it was.
	 */
	static Source of(Path path, long size, Instant modified) {
		Source live = of(path);
		return new Source() {
			@Override
			public String name() {
				return live.name();
			}

			@Override
			public InputStream open() throws IOException {
				return live.open();
			}

			@Override
			public Instant modified() {
				return modified;
			}

			@Override
			public long size() {
				return size;
			}

			@Override
			public String toString() {
				return name();
			}
		};
	}

	static Source of(Path zip, ZipEntry entry) {
		return of(zip, entry, Long.MAX_VALUE);
	}

	/**
	 * A zip entry whose stream fails after {@code maxBytes} decompressed bytes, or after the size
	 * its header declares: a header can lie about what an entry inflates to.
	 */
	static Source of(Path zip, ZipEntry entry, long maxBytes) {
		long limit = entry.getSize() >= 0 ? Math.min(entry.getSize(), maxBytes) : maxBytes;
		return new Source() {
			@Override
			public String name() {
				return zip + "!/" + entry.getName();
			}

			@Override
			public InputStream open() throws IOException {
				ZipFile file = new ZipFile(zip.toFile());
				InputStream in = new InflationLimit(file.getInputStream(entry), limit, entry.getSize());
				return new java.io.FilterInputStream(in) {
					@Override
					public void close() throws IOException {
						try {
							super.close();
						}
						finally {
							file.close();
						}
					}
				};
			}

			@Override
			public Instant modified() {
				return entry.getLastModifiedTime() == null ? Instant.EPOCH : entry.getLastModifiedTime().toInstant();
			}

			@Override
			public long size() {
				return entry.getSize();
			}

			@Override
			public String toString() {
				return name();
			}
		};
	}

	/** An in-memory source, for tests and for generated content. */
	static Source of(String name, byte[] content) {
		return new Source() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public InputStream open() {
				return new java.io.ByteArrayInputStream(content);
			}

			@Override
			public Instant modified() {
				return Instant.EPOCH;
			}

			@Override
			public long size() {
				return content.length;
			}

			@Override
			public String toString() {
				return name;
			}
		};
	}
}
