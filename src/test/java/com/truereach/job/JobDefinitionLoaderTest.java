package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.domain.Platform;

class JobDefinitionLoaderTest {

	@TempDir
	Path dir;

	@BeforeEach
	void inputs() throws IOException {
		Files.createDirectories(dir.resolve("input/x"));
		Files.writeString(dir.resolve("input/x/a.csv"), "x");
		Files.writeString(dir.resolve("input/x/b.csv"), "x");
		Files.writeString(dir.resolve("input/pay.csv"), "x");
	}

	@Test
	void readsAFullDefinitionWithPathsRelativeToItsFolder() throws IOException {
		Path file = write("""
				name: nightly
				window: { days: 30, ending: 2026-03-31 }
				output: reports
				rejectThreshold: 0.1
				currency: usd
				rates: { EUR: 1.08 }
				accounts:
				  - id: acme-x
				    platform: twitter
				    handle: "@acme"
				    name: Acme
				    files: ["input/x/*.csv"]
				    followersAnchor: { date: 2026-03-31, followers: 1200 }
				    pricePer1000Followers: 15
				revenue:
				  - name: stripe
				    files: ["input/pay.csv"]
				attribution:
				  - { utmCampaign: "acme_*", account: acme-x }
				""");

		JobDefinition definition = JobDefinitionLoader.load(file);

		assertThat(definition.name()).isEqualTo("nightly");
		assertThat(definition.window().days()).isEqualTo(30);
		assertThat(definition.window().endingDate()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(definition.output()).isEqualTo(dir.resolve("reports").toAbsolutePath());
		assertThat(definition.rejectThreshold()).isEqualTo(0.1);
		assertThat(definition.currency()).isEqualTo("USD");
		assertThat(definition.rates()).containsEntry("EUR", new BigDecimal("1.08"));
		JobDefinition.Account account = definition.accounts().get(0);
		assertThat(account.platform()).isEqualTo(Platform.X);
		assertThat(account.files()).extracting(p -> p.getFileName().toString()).containsExactly("a.csv", "b.csv");
		assertThat(account.anchor()).isEqualTo(new JobDefinition.Anchor(LocalDate.of(2026, 3, 31), 1200));
		assertThat(account.pricePer1000Followers()).isEqualByComparingTo("15");
		assertThat(definition.attribution().get(0)).containsEntry("utmCampaign", "acme_*");
	}

	@Test
	void aFilesEntryMayGiveTheExportDayOfAFileOrAFolder() throws IOException {
		Files.createDirectories(dir.resolve("input/tt/old"));
		Files.writeString(dir.resolve("input/tt/studio.zip"), "x");
		Files.writeString(dir.resolve("input/tt/old/a.zip"), "x");
		Files.writeString(dir.resolve("input/tt/old/b.zip"), "x");
		Path file = write("""
				name: tiktok
				accounts:
				  - id: tt
				    platform: tiktok
				    files:
				      - { path: "input/tt/studio.zip", exportedOn: 2026-11-24 }
				      - { path: "input/tt/old", exportedOn: 2025-06-30 }
				      - "input/x/a.csv"
				""");

		JobDefinition.Account account = JobDefinitionLoader.load(file).accounts().get(0);

		assertThat(account.files()).extracting(p -> p.getFileName().toString()).containsExactly("studio.zip", "a.zip",
				"b.zip", "a.csv");
		assertThat(account.exportedOn()).hasSize(3)
			.containsEntry(dir.resolve("input/tt/studio.zip").toAbsolutePath().normalize(), LocalDate.of(2026, 11, 24))
			.containsEntry(dir.resolve("input/tt/old/b.zip").toAbsolutePath().normalize(), LocalDate.of(2025, 6, 30));
	}

	@Test
	void retentionIsAWholeNumberOfDaysOrNothing() throws IOException {
		String base = """
				name: kept
				accounts:
				  - id: x1
				    platform: x
				    files: ["input/x/a.csv"]
				""";
		assertThat(JobDefinitionLoader.load(write(base)).retentionDays()).isNull();
		assertThat(JobDefinitionLoader.load(write(base + "retention: { days: 400 }\n")).retentionDays()).isEqualTo(400);
		assertThatThrownBy(() -> JobDefinitionLoader.load(write(base + "retention: { days: 0, keep: all }\n")))
			.isInstanceOf(DefinitionException.class)
			.hasMessageContaining("retention.days: must be a whole number of days >= 1, got '0'")
			.hasMessageContaining("retention.keep: unknown field");
		assertThatThrownBy(() -> JobDefinitionLoader.load(write(base + "retention: 30\n")))
			.isInstanceOf(DefinitionException.class)
			.hasMessageContaining("retention.: expected a mapping")
			.message()
			.doesNotContain("retention.days");
	}

	@Test
	void aWrongExportDayIsNamedByItsField() throws IOException {
		Path file = write("""
				name: tiktok
				accounts:
				  - id: tt
				    platform: tiktok
				    files:
				      - { path: "input/x/a.csv", exportedOn: 24.11.2026 }
				      - { path: "input/x/b.csv", exportedOn: 2999-01-01 }
				      - { path: "input/x/b.csv" }
				      - { path: "input/x/b.csv", exportedOn: 2026-11-24, when: now }
				revenue:
				  - name: shop
				    files: [{ path: "input/pay.csv", exportedOn: 2026-11-24 }]
				""");

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessageContaining("accounts[0].files[0].exportedOn: '24.11.2026' is not a date (YYYY-MM-DD)")
			.hasMessageContaining("accounts[0].files[1].exportedOn: 2999-01-01 is in the future")
			.hasMessageContaining("accounts[0].files[2].exportedOn: is required with path")
			.hasMessageContaining("accounts[0].files[3].when: unknown field")
			.hasMessageContaining("revenue[0].files[0]: expected a path or glob");
	}

	@Test
	void namesEveryMistakenField() throws IOException {
		Path file = write("""
				name: broken
				window: { days: 0, ending: 2026-02-30 }
				colour: blue
				accounts:
				  - id: a
				    platform: myspace
				    files: ["input/missing/*.csv"]
				  - id: a
				    platform: x
				    files: ["input/x/a.csv"]
				    followersAnchor: { date: yesterday, followers: 10 }
				attribution:
				  - { utmSource: ig, account: nobody }
				""");

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessageStartingWith(file.toString())
			.hasMessageContaining("window.days: must be a whole number of days >= 1")
			.hasMessageContaining("window.ending: '2026-02-30' is not a date")
			.hasMessageContaining("colour: unknown field")
			.hasMessageContaining("accounts[0].platform: unknown platform 'myspace'")
			.hasMessageContaining("accounts[0].files[0]: 'input/missing/*.csv' matches no file")
			.hasMessageContaining("accounts[1].id: 'a' is used twice")
			.hasMessageContaining("accounts[1].followersAnchor.date: 'yesterday' is not a date")
			.hasMessageContaining("attribution[0].account: no account with id 'nobody'");
	}

	@Test
	void missingDefinitionAndBadYamlAreRefused() throws IOException {
		assertThatThrownBy(() -> JobDefinitionLoader.load(dir.resolve("nope.yml")))
			.hasMessageEndingWith("nope.yml: job definition not found");
		Path file = write("name: [unclosed");
		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).hasMessageContaining("not valid YAML");
	}

	private Path write(String yaml) throws IOException {
		Path file = dir.resolve("job.yml");
		Files.writeString(file, yaml);
		return file;
	}
}
