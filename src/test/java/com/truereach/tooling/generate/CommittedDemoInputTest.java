package com.truereach.tooling.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled demo data set is what the generator makes with the arguments input/README.md gives:
 * a change of the generator that is not followed by regenerating input/ fails here, so the demo
 * truth the README states is the truth of the files that ship.
 */
class CommittedDemoInputTest {

	private static final Path COMMITTED = Path.of("input");

	@Test
	void regeneratingTheDemoGivesTheCommittedFilesByteForByte(@TempDir Path fresh) throws IOException {
		new DemoGenerator(fresh.resolve("input"), fresh.resolve("jobs/nightly.yml"), 42, LocalDate.of(2026, 11, 24), 365)
			.generate();

		List<Path> committed = files(COMMITTED);
		assertThat(files(fresh.resolve("input"))).isEqualTo(committed);
		for (Path file : committed) {
			assertThat(Files.readAllBytes(fresh.resolve("input").resolve(file)))
				.as("input/%s", file)
				.isEqualTo(Files.readAllBytes(COMMITTED.resolve(file)));
		}
		assertThat(Files.readString(fresh.resolve("jobs/nightly.yml"))).isEqualTo(Files.readString(Path.of("jobs/nightly.yml")));
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			// .gitattributes keeps git from touching the files' line ends; it is the repository's, not the generator's
			return walk.filter(Files::isRegularFile)
				.map(root::relativize)
				.filter(file -> !file.toString().equals(".gitattributes"))
				.sorted()
				.toList();
		}
	}
}
