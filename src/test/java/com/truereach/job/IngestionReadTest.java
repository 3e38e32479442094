package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.truereach.domain.Platform;
import com.truereach.history.HistorySchema;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.formats.StandardFormats;

/** What reading a file of the definition knows from the definition: its account's platform, other files, exportedOn. */
class IngestionReadTest {

	@TempDir
	Path dir;

	private SingleConnectionDataSource dataSource;

	private Ingestion ingestion;

	@BeforeEach
	void history() {
		dataSource = new SingleConnectionDataSource("jdbc:h2:mem:read-" + System.nanoTime(), "sa", "", true);
		HistorySchema.migrate(dataSource);
		ingestion = Ingestion.over(new JdbcTemplate(dataSource), StandardFormats.registry());
	}

	@AfterEach
	void close() {
		dataSource.destroy();
	}

	@Test
	void aFileTitledWithAnotherPlatformThanItsAccountsIsNotUsed() throws IOException {
		Path follows = Files.writeString(dir.resolve("Follows.csv"),
				"\"Facebook follows\"\n\"Date\",\"Primary\"\n\"2025-01-01T00:00:00\",\"3\"\n");

		ParsedFile parsed = ingestion.read(new Ingestion.Input("brand-ig", Platform.INSTAGRAM, follows), 0.05)
			.files()
			.get(0);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.FAILED);
		assertThat(parsed.message()).contains("the file's title says Facebook", "Instagram account brand-ig");
	}

	@Test
	void aFollowerSampleIsOfItsAccountsPlatform() throws IOException {
		Path sample = Files.writeString(dir.resolve("sample.csv"), "id,screen_name,followers_count,friends_count\n1,a,1,2\n");

		ParsedFile parsed = ingestion.read(new Ingestion.Input("brand-ig", Platform.INSTAGRAM, sample), 0.05)
			.files()
			.get(0);

		assertThat(parsed.usable()).isTrue();
		assertThat(parsed.platform()).isEqualTo(Platform.INSTAGRAM);
	}

	@Test
	void theDefinitionsExportedOnReachesAYearlessTikTokFile() throws IOException {
		Files.createDirectories(dir.resolve("tt"));
		Files.writeString(dir.resolve("tt/Overview.csv"), "\"Date\",\"Video Views\"\n\"March 3\",\"5\"\n\"March 2\",\"4\"\n");
		Files.writeString(dir.resolve("job.yml"), """
				name: tiktok
				accounts:
				  - id: tt
				    platform: tiktok
				    files: [{ path: "tt", exportedOn: 2026-03-04 }]
				""");
		JobDefinition definition = JobDefinitionLoader.load(dir.resolve("job.yml"));

		Ingestion.Input input = Ingestion.inputs(definition).get(0);
		ParsedFile parsed = ingestion.read(input, Ingestion.contexts(definition).get(input), 0.05).files().get(0);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.first()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(parsed.last()).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(parsed.message()).contains("the exportedOn given for this file");
	}
}
