package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.conversion.AttributionRule;
import com.truereach.domain.Platform;
import com.truereach.domain.Utm;

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
		assertThat(definition.attribution()).singleElement().satisfies(rule -> {
			assertThat(rule.describe()).isEqualTo("utm_campaign 'acme_*'");
			assertThat(rule.accountId()).isEqualTo("acme-x");
		});
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
			.hasMessageContaining("retention: expected a mapping")
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
	void aValueOfTheWrongKindIsNamedAndTheReadingGoesOnToTheNextMistake() throws IOException {
		Path file = write("""
				name: [a, b]
				window: { days: 2.5, ending: latest }
				rejectThreshold: 1.5
				currency: euro
				rates: { EUR: -1, usdollar: 2, GBP: abc }
				accounts:
				  - id: a
				    platform: x
				    files: ["input/x/a.csv", 5, [nested]]
				    followersAnchor: { date: 2026-01-01, followers: 12.5 }
				    pricePer1000Followers: 0
				  - id: b
				    platform: x
				    files: "input/x/a.csv"
				    followersAnchor: 5
				  - null
				  - 7
				revenue:
				  - name: shop
				    files: []
				  - { name: shop, files: ["input/pay.csv"] }
				retention: { days: x }
				""");

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessageContaining("name: expected a text")
			.hasMessageContaining("window.days: must be a whole number of days >= 1, got '2.5'")
			.hasMessageContaining("rejectThreshold: must be a share between 0 and 1 (0.05 = 5%), got '1.5'")
			.hasMessageContaining("currency: 'euro' is not a three-letter currency code")
			.hasMessageContaining("rates.EUR: must be a positive number, got '-1'")
			.hasMessageContaining("rates.usdollar: 'usdollar' is not a three-letter currency code")
			.hasMessageContaining("rates.GBP: must be a number, got 'abc'")
			.hasMessageContaining("accounts[0].files[1]: expected a path or glob")
			.hasMessageContaining("accounts[0].files[2]: expected a path or glob")
			.hasMessageContaining("accounts[0].followersAnchor.followers: must be a whole number >= 0, got '12.5'")
			.hasMessageContaining("accounts[0].pricePer1000Followers: must be a positive number, got '0'")
			.hasMessageContaining("accounts[1].files: expected a list")
			.hasMessageContaining("accounts[1].followersAnchor: expected a mapping")
			.hasMessageContaining("accounts[2]: expected a mapping")
			.hasMessageContaining("accounts[3]: expected a mapping")
			.hasMessageContaining("revenue[0].files: at least one file or glob is required")
			.hasMessageContaining("revenue[1].name: 'shop' is used twice")
			.hasMessageContaining("retention.days: must be a number, got 'x'");
	}

	@Test
	void requiredFieldsAndTheirOrderInTheMessage() throws IOException {
		Path file = write("""
				rates: { EUR: 1.08 }
				accounts:
				  - files: ["input/x/a.csv"]
				    followersAnchor: { followers: -3 }
				  - { id: b, platform: x, files: [] }
				revenue:
				  - files: ["input/pay.csv"]
				""");

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessage(file + ": accounts[0].followersAnchor.date: is required (YYYY-MM-DD); "
					+ "accounts[0].followersAnchor.followers: must be a whole number >= 0, got '-3'; "
					+ "accounts[0].id: is required; accounts[0].platform: is required; "
					+ "accounts[1].files: at least one file or glob is required; name: is required; "
					+ "rates: exchange rates need a report currency (field currency); revenue[0].name: is required");
		assertThatThrownBy(() -> JobDefinitionLoader.load(write("name: empty\naccounts: []\n")))
			.hasMessageEndingWith("accounts: at least one account is required");
	}

	@Test
	void anEmptyFileOrOneThatIsNotAMappingIsRefused() throws IOException {
		assertThatThrownBy(() -> JobDefinitionLoader.load(write(""))).isInstanceOf(DefinitionException.class)
			.hasMessageEndingWith("job.yml: expected a mapping with name, window, accounts...");
		assertThatThrownBy(() -> JobDefinitionLoader.load(write("- name: a\n"))).isInstanceOf(DefinitionException.class)
			.hasMessageEndingWith("job.yml: expected a mapping with name, window, accounts...");
	}

	@Test
	void unknownFieldsAreRefusedWithTheFieldsThatAreKnownThere() throws IOException {
		Path file = write("""
				name: typo
				window: { days: 7, end: latest }
				accounts:
				  - id: a
				    platfrom: x
				    files: ["input/x/a.csv", { path: "input/x/b.csv", exportedOn: 2026-01-01, dated: false }]
				attribution:
				  - { utm_campaign: "a_*", account: a }
				clients:
				  - { id: c, accounts: [a], colour: red }
				""");

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessageContaining("window.end: unknown field (known: days, ending)")
			.hasMessageContaining("accounts[0].platfrom: unknown field (known: files, followersAnchor, handle, id, name, "
					+ "platform, pricePer1000Followers)")
			.hasMessageContaining("accounts[0].platform: is required")
			.hasMessageContaining("accounts[0].files[1].dated: unknown field (known: exportedOn, path)")
			.hasMessageContaining("attribution[0].utm_campaign: unknown field (known: account, platform, referrer, "
					+ "utmCampaign, utmContent, utmMedium, utmSource)")
			.hasMessageContaining("clients[0].colour: unknown field (known: accounts, id, name)");
	}

	@Test
	void accountIdsAreWordsFitForAFileNameAndUnique() throws IOException {
		Path file = write("""
				name: ids
				accounts:
				  - { id: "north wind", platform: x, files: ["input/x/a.csv"] }
				  - { id: "-x", platform: x, files: ["input/x/a.csv"] }
				  - { id: "*", platform: x, files: ["input/x/a.csv"] }
				  - { id: nw.x_2-b, platform: x, files: ["input/x/a.csv"] }
				  - { id: nw.x_2-b, platform: x, files: ["input/x/a.csv"] }
				""");

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessageContaining("accounts[0].id: 'north wind' is not an id: up to 64 letters, digits, '.', '_' or "
					+ "'-', starting with a letter or digit")
			.hasMessageContaining("accounts[1].id: '-x' is not an id")
			.hasMessageContaining("accounts[2].id: '*' is not an id")
			.hasMessageContaining("accounts[4].id: 'nw.x_2-b' is used twice")
			.message()
			.doesNotContain("accounts[3]");
	}

	@Test
	void attributionRulesAreTypedWhenTheDefinitionIsLoaded() throws IOException {
		Path file = write("""
				name: rules
				accounts:
				  - { id: a, platform: x, files: ["input/x/a.csv"] }
				  - { id: b, platform: instagram, files: ["input/x/b.csv"] }
				attribution:
				  - { utmSource: IG, utmMedium: social, utmCampaign: "b_*", utmContent: reel, account: b }
				  - { referrer: "*.x.com", account: a }
				  - { platform: twitter, account: a }
				""");

		List<AttributionRule> rules = JobDefinitionLoader.load(file).attribution();

		assertThat(rules).extracting(AttributionRule::accountId).containsExactly("b", "a", "a");
		assertThat(rules).extracting(AttributionRule::describe)
			.containsExactly("utm_source 'IG', utm_medium 'social', utm_campaign 'b_*', utm_content 'reel'",
					"referrer *.x.com", "platform X");
		assertThat(rules.get(0).matches(new Utm("ig", "Social", "B_autumn", "reel", ""), null)).isTrue();
		assertThat(rules.get(1).matches(new Utm("", "", "", "", "https://m.x.com/post/1"), null)).isTrue();
		assertThat(rules.get(2).matches(new Utm("", "", "", "", ""), Platform.X)).isTrue();
		assertThat(rules.get(2).matches(new Utm("", "", "", "", ""), Platform.INSTAGRAM)).isFalse();
	}

	@Test
	void aRuleMustNameADefinedAccountAKnownPlatformAndACondition() throws IOException {
		Path file = write("""
				name: rules
				accounts:
				  - { id: a, platform: x, files: ["input/x/a.csv"] }
				attribution:
				  - { account: a }
				  - { platform: myspace, account: a }
				  - { platform: stripe, account: a }
				  - { utmSource: x }
				  - { utmSource: x, account: nobody }
				  - "utmSource=x"
				""");

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessageContaining("attribution[0]: a rule needs at least one condition besides the account")
			.hasMessageContaining("attribution[1].platform: unknown platform 'myspace' (known: x, instagram, facebook, "
					+ "linkedin, tiktok, youtube)")
			.hasMessageContaining("attribution[2].platform: unknown platform 'stripe'")
			.hasMessageContaining("attribution[3].account: every rule must name the account it attributes to")
			.hasMessageContaining("attribution[4].account: no account with id 'nobody'")
			.hasMessageContaining("attribution[5]: expected a mapping")
			.message()
			.doesNotContain("attribution[1]: a rule needs");
	}

	@Test
	void withoutClientsEveryAccountIsInOneClientNamedAfterTheDefinition() throws IOException {
		JobDefinition definition = JobDefinitionLoader.load(write("""
				name: agency
				accounts:
				  - { id: a, platform: x, files: ["input/x/a.csv"] }
				  - { id: b, platform: x, files: ["input/x/b.csv"] }
				"""));

		assertThat(definition.clients()).singleElement().satisfies(client -> {
			assertThat(client.id()).isEqualTo(JobDefinition.ALL_ACCOUNTS);
			assertThat(client.name()).isEqualTo("agency");
			assertThat(client.accounts()).isEqualTo(definition.accounts());
		});
		assertThat(definition.clientOf("b").id()).isEqualTo("all");
	}

	@Test
	void allIsTheIdOfTheClientOfADefinitionWithoutClientsAndNoOtherClients() throws IOException {
		Path file = write("""
				name: agency
				accounts:
				  - { id: a, platform: x, files: ["input/x/a.csv"] }
				clients:
				  - { id: ALL, accounts: [a] }
				""");

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessageContaining("clients[0].id: 'ALL' is reserved for the one client of a definition without "
					+ "clients: choose another id");
		assertThat(ClientWorkbooks.grouped(JobDefinitionLoader.load(write("""
				name: agency
				accounts:
				  - { id: a, platform: x, files: ["input/x/a.csv"] }
				""")))).as("one workbook without clients").isFalse();
		assertThat(ClientWorkbooks.grouped(JobDefinitionLoader.load(write("""
				name: agency
				accounts:
				  - { id: a, platform: x, files: ["input/x/a.csv"] }
				clients:
				  - { id: acme, accounts: [a] }
				""")))).as("a workbook per client and an overview, even for one client").isTrue();
	}

	@Test
	void aClientsWorkbookLiesBesideTheOverviewWithTheClientsIdInItsName() {
		Path overview = Path.of("reports", "agency_2026-08-27_2026-11-24.xlsx");

		assertThat(ClientWorkbooks.client(overview, "fjord-tea"))
			.isEqualTo(Path.of("reports", "agency_2026-08-27_2026-11-24_fjord-tea.xlsx"));
	}

	@Test
	void clientsGroupTheAccountsInTheOrderTheyAreListed() throws IOException {
		JobDefinition definition = JobDefinitionLoader.load(write("""
				name: agency
				accounts:
				  - { id: a, platform: x, files: ["input/x/a.csv"] }
				  - { id: b, platform: x, files: ["input/x/b.csv"] }
				  - { id: c, platform: instagram, files: ["input/x/b.csv"] }
				clients:
				  - id: fjord-tea
				    name: "Fjord Tea"
				    accounts: [c, a]
				  - id: northwind
				    accounts: [b]
				"""));

		assertThat(definition.clients()).extracting(JobDefinition.Client::id).containsExactly("fjord-tea", "northwind");
		assertThat(definition.clients()).extracting(JobDefinition.Client::name).containsExactly("Fjord Tea", "northwind");
		assertThat(definition.clients().get(0).accounts()).extracting(JobDefinition.Account::id).containsExactly("c", "a");
		assertThat(definition.clients().get(1).accounts()).containsExactly(definition.accounts().get(1));
		assertThat(definition.clientOf("a").name()).isEqualTo("Fjord Tea");
		assertThatThrownBy(() -> definition.clientOf("z")).hasMessage("no account with id 'z'");
	}

	@Test
	void theShippedAgencyExampleIsTheDemoGroupedIntoItsTwoBrands() {
		JobDefinition demo = JobDefinitionLoader.load(Path.of("jobs/nightly.yml"));
		JobDefinition agency = JobDefinitionLoader.load(Path.of("jobs/agency.yml"));

		assertThat(agency.accounts()).isEqualTo(demo.accounts());
		assertThat(agency.revenue()).isEqualTo(demo.revenue());
		assertThat(agency.attribution()).extracting(AttributionRule::describe)
			.isEqualTo(demo.attribution().stream().map(AttributionRule::describe).toList());
		assertThat(agency.clients()).extracting(JobDefinition.Client::name).containsExactly("Northwind Coffee", "Fjord Tea");
		assertThat(agency.clients().get(0).accounts()).extracting(JobDefinition.Account::id)
			.containsExactly("nw-x", "nw-ig", "nw-fb", "nw-tt", "nw-li", "nw-yt");
		assertThat(agency.clients().get(1).accounts()).extracting(JobDefinition.Account::id)
			.containsExactly("ft-x", "ft-ig");
	}

	@Test
	void everyAccountIsInExactlyOneClientOfAKnownId() throws IOException {
		Path file = write("""
				name: agency
				accounts:
				  - { id: a, platform: x, files: ["input/x/a.csv"] }
				  - { id: b, platform: x, files: ["input/x/b.csv"] }
				  - { id: c, platform: x, files: ["input/x/b.csv"] }
				clients:
				  - { id: one, accounts: [a, nobody, a] }
				  - { id: one, name: "One again", accounts: [b] }
				  - { id: "two words", accounts: [b] }
				  - { id: empty, accounts: [] }
				  - { name: "No id", accounts: [""] }
				""");

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessageContaining("clients[0].accounts[1]: no account with id 'nobody'")
			.hasMessageContaining("clients[0].accounts[2]: 'a' is in client 'one' already (an account belongs to one "
					+ "client)")
			.hasMessageContaining("clients[1].id: 'one' is used twice")
			.hasMessageContaining("clients[2].id: 'two words' is not an id")
			.hasMessageContaining("clients[2].accounts[0]: 'b' is in client 'one' already")
			.hasMessageContaining("clients[3].accounts: list the ids of the client's accounts")
			.hasMessageContaining("clients[4].id: is required")
			.hasMessageContaining("clients[4].accounts[0]: expected an account id")
			.hasMessageContaining("accounts[2].id: 'c' is in no client: list it under the accounts of one of clients");
		assertThatThrownBy(() -> JobDefinitionLoader.load(write("""
				name: agency
				accounts:
				  - { id: a, platform: x, files: ["input/x/a.csv"] }
				clients: []
				"""))).hasMessageEndingWith("clients: list at least one client, or leave the field out");
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
