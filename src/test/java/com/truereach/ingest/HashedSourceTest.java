package com.truereach.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The digests of a source are those of its bytes, taken by the read a reader makes, without opening it again. */
class HashedSourceTest {

	private final byte[] content = ("Date,Impressions\n" + "\"Tue, Mar 10, 2026\",10000\n".repeat(5000))
		.getBytes(StandardCharsets.UTF_8);

	private final AtomicInteger opens = new AtomicInteger();

	@Test
	void aReaderReadingToTheEndGivesBothDigestsAndTheFileIsNotOpenedAgain() throws Exception {
		HashedSource source = HashedSource.of(counted(content));
		try (Reader reader = TextFiles.reader(source)) {
			reader.transferTo(new java.io.StringWriter());
		}

		HashedSource.Digests digests = source.digests();

		assertThat(opens).hasValue(1);
		assertThat(digests.sha256()).isEqualTo(sha256(content));
		assertThat(content.length).isGreaterThan(HashedSource.HEAD_BYTES);
		assertThat(digests.headSha256()).isEqualTo(sha256(Arrays.copyOf(content, HashedSource.HEAD_BYTES)));
	}

	@Test
	void skippedBytesAreDigestedToo() throws Exception {
		HashedSource source = HashedSource.of(counted(content));
		try (InputStream in = source.open()) {
			in.skip(1000);
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}

		assertThat(source.digests().sha256()).isEqualTo(sha256(content));
		assertThat(opens).hasValue(1);
	}

	@Test
	void aReadStoppedBeforeTheEndLeavesTheDigestsToOneReadOfTheirOwn() throws Exception {
		HashedSource source = HashedSource.of(counted(content));
		try (InputStream in = source.open()) {
			in.readNBytes(100);
		}

		assertThat(source.digests().sha256()).isEqualTo(sha256(content));
		assertThat(opens).hasValue(2);
		assertThat(HashedSource.of(source)).isSameAs(source);
	}

	private Source counted(byte[] bytes) {
		Source inner = Source.of("export.csv", bytes);
		return new Source() {
			@Override
			public String name() {
				return inner.name();
			}

			@Override
			public InputStream open() throws IOException {
				opens.incrementAndGet();
				return inner.open();
			}

			@Override
			public Instant modified() {
				return inner.modified();
			}

			@Override
			public long size() {
				return inner.size();
			}
		};
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
