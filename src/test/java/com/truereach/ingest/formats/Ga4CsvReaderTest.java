package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.truereach.domain.TrafficRow;
import com.truereach.domain.Utm;
import com.truereach.ingest.ParsedFile;

class Ga4CsvReaderTest {

	@Test
	void sourceMediumTableThenDateTableWithGrandTotals() {
		String csv = """
				# ----------------------------------------
				# Traffic acquisition: Session source / medium
				# Account: Shop
				# Property: Shop - GA4
				# ----------------------------------------
				#
				# Start date: 20260501
				# End date: 20260531
				Session source / medium,Sessions,Engaged sessions,Engagement rate,Average engagement time per session,Events per session,Event count,Key events,Session key event rate,Total revenue
				Grand total,1200,700,0.5833,51.2,6.1,7320,40.00,0.033,2450.50
				instagram / social,300,200,0.6667,60.0,7.0,2100,12.00,0.04,810.25
				l.facebook.com / referral,80,40,0.5,30.0,5.0,400,2.5,0.025,99
				(direct) / (none),500,300,0.6,50.0,6.0,3000,20,0.04,1500.00
				"newsletter, may / email",20,10,0.5,10.0,4.0,80,x,0.0,0

				# ----------------------------------------
				# Date,Sessions
				# ----------------------------------------
				Date,Sessions
				20260501,40
				20260502,38
				Grand total,1200
				""";
		ParsedFile file = Parsing.parse("bok-analytics.csv", csv);

		assertThat(file.format()).isInstanceOf(Ga4CsvReader.class);
		LocalDate may1 = LocalDate.of(2026, 5, 1);
		LocalDate may31 = LocalDate.of(2026, 5, 31);
		assertThat(file.traffic()).containsExactly(
				new TrafficRow(null, may1, may31, new Utm("instagram", "social", "", "", ""), 300, 12,
						new BigDecimal("810.25"), ""),
				// 2.5 key events (fractional credit) round half-up to 3
				new TrafficRow(null, may1, may31, new Utm("l.facebook.com", "referral", "", "", ""), 80, 3,
						new BigDecimal("99"), ""),
				// (direct) / (none) are GA4 placeholders, not values
				new TrafficRow(null, may1, may31, Utm.NONE, 500, 20, new BigDecimal("1500.00"), ""),
				new TrafficRow(may1, null, null, Utm.NONE, 40, 0, null, ""),
				new TrafficRow(LocalDate.of(2026, 5, 2), null, null, Utm.NONE, 38, 0, null, ""));
		// header line 9: grand total 10, rows 11-14 (14 rejected: key events 'x'); second header 20,
		// rows 21-22, grand total 23
		assertThat(file.summaryRows()).isEqualTo(2);
		assertThat(file.rejects()).singleElement()
			.satisfies(r -> assertThat(r.message()).isEqualTo("bok-analytics.csv:14 column 'Key events' value 'x': not a number"));
		assertThat(file.accepted()).isEqualTo(5);
	}

	@Test
	void campaignTableWithOldConversionsColumnAndChannelGroupTable() {
		String csv = """
				# Traffic acquisition: Session campaign
				# Start date: 20240101
				# End date: 20240131
				Session campaign,Sessions,Conversions,Total revenue
				spring_launch,120,7,350.5
				Grand total,120,7,350.5

				# Session default channel group
				Session default channel group,Sessions,Key events,Total revenue
				Organic Social,90,4,120.00

				# Users
				Date,Total users
				20240101,12
				""";
		ParsedFile file = Parsing.parse("ga4.csv", csv);

		LocalDate jan1 = LocalDate.of(2024, 1, 1);
		LocalDate jan31 = LocalDate.of(2024, 1, 31);
		assertThat(file.traffic()).containsExactly(
				new TrafficRow(null, jan1, jan31, new Utm("", "", "spring_launch", "", ""), 120, 7,
						new BigDecimal("350.5"), ""),
				new TrafficRow(null, jan1, jan31, new Utm("", "Organic Social", "", "", ""), 90, 4,
						new BigDecimal("120.00"), ""));
		assertThat(file.summaryRows()).isEqualTo(1);
		// line 14: a table without sessions is not dropped silently: its rows are skipped, the reason naming what it holds
		assertThat(file.rejects()).isEmpty();
		assertThat(file.skipped()).isEqualTo(1);
		assertThat(file.skipReasons().keySet()).singleElement()
			.satisfies(reason -> assertThat(reason).contains("a GA4 table of Date, Total users", "no Sessions column"));
		assertThat(file.read()).isEqualTo(3);
	}

	@Test
	void dateAndSourceDimensionsTogetherGiveDailyRows() {
		String csv = """
				# Start date: 20260501
				# End date: 20260502
				Date,Session source,Session medium,Sessions,Key events,Total revenue
				20260502,ig,social,5,1,10.00
				""";
		ParsedFile file = Parsing.parse("ga4-daily.csv", csv);

		assertThat(file.traffic()).containsExactly(new TrafficRow(LocalDate.of(2026, 5, 2), null, null,
				new Utm("ig", "social", "", "", ""), 5, 1, new BigDecimal("10.00"), ""));
	}

	@Test
	void userAcquisitionWithSessionsGivesPeriodTotalsByFirstUserSourceAndSaysSo() {
		String csv = """
				# ----------------------------------------
				# User acquisition: First user source / medium
				# Account: Shop
				# Property: Shop - GA4
				# ----------------------------------------
				#
				# Start date: 20261001
				# End date: 20261031
				First user source / medium,New users,Returning users,Sessions,Engaged sessions,Key events,Total revenue
				ig / social,210,40,390,260,14,640.00
				google / organic,500,120,880,600,22,1210.50
				Grand total,710,160,1270,860,36,1850.50
				""";
		ParsedFile file = Parsing.parse("User_acquisition.csv", csv);

		assertThat(file.format()).isInstanceOf(Ga4CsvReader.class);
		assertThat(file.status()).isEqualTo(ParsedFile.Status.OK);
		LocalDate oct1 = LocalDate.of(2026, 10, 1);
		LocalDate oct31 = LocalDate.of(2026, 10, 31);
		assertThat(file.traffic()).containsExactly(
				new TrafficRow(null, oct1, oct31, new Utm("ig", "social", "", "", ""), 390, 14, new BigDecimal("640.00"), ""),
				new TrafficRow(null, oct1, oct31, new Utm("google", "organic", "", "", ""), 880, 22,
						new BigDecimal("1210.50"), ""));
		assertThat(file.first()).isEqualTo(oct1);
		assertThat(file.last()).isEqualTo(oct31);
		assertThat(file.message()).contains("no date dimension: its rows are stored as totals of 2026-10-01 .. 2026-10-31",
				"first user source");
	}

	@Test
	void userAcquisitionWithoutSessionsIsRecognisedAndSaysWhatItHolds() {
		String csv = """
				# ----------------------------------------
				# User acquisition: First user primary channel group (Default Channel Group)
				# Account: Shop
				# Property: Shop - GA4
				# ----------------------------------------
				#
				# Start date: 20261001
				# End date: 20261031
				First user primary channel group (Default Channel Group),New users,Engaged sessions,Engagement rate,Engaged sessions per active user,Average engagement time per active user,Event count,Key events,User key event rate,Total revenue
				Organic Social,210,260,0.61,1.2,48,3100,14,0.05,640.00
				Direct,500,600,0.55,1.1,40,5200,22,0.04,1210.50
				""";
		ParsedFile file = Parsing.parse("download.csv", csv);

		assertThat(file.format()).isInstanceOf(Ga4CsvReader.class);
		assertThat(file.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(file.traffic()).isEmpty();
		assertThat(file.read()).isEqualTo(2);
		assertThat(file.skipped()).isEqualTo(2);
		assertThat(file.first()).isNull();
		// what it holds and why none of it is used: GA4 revenue is the shop's sales again, users are not sessions
		assertThat(file.skipReasons()).containsOnlyKeys("a GA4 User acquisition table of First user primary channel group "
				+ "(Default Channel Group), New users, Engaged sessions, Engagement rate, Engaged sessions per active user, "
				+ "Average engagement time per active user, Event count, Key events, User key event rate, Total revenue: "
				+ "revenue, key events, users, engaged sessions by the source that first brought each user for 2026-10-01 .. "
				+ "2026-10-31; not used: its revenue is that of the sales the shop and payment exports record, so adding it would count "
				+ "them twice (revenue is taken from those exports, each order attributed by its own source, not by the "
				+ "source that first brought the buyer); users and engaged sessions are not the sessions the conversion "
				+ "rate divides orders by (a download with a Sessions column is read)");
		assertThat(file.message()).startsWith("2 rows skipped: a GA4 User acquisition table of First user primary channel");
	}

	/** Revenue by session source per day without sessions: the same sales as the shop's, not added to them. */
	@Test
	void revenueBySourcePerDayWithoutSessionsIsSkippedAsTheShopsSalesAgain() {
		String csv = """
				# Start date: 20261001
				# End date: 20261002
				Date,Session source / medium,Key events,Total revenue
				20261001,ig / social,2,80.00
				20261002,ig / social,1,35.50
				Grand total,,3,115.50
				""";
		ParsedFile file = Parsing.parse("ga4.csv", csv);

		assertThat(file.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(file.traffic()).isEmpty();
		assertThat(file.read()).isEqualTo(file.skipped()).isEqualTo(2);
		assertThat(file.summaryRows()).isEqualTo(1);
		assertThat(file.skipReasons()).containsOnlyKeys("a GA4 table of Date, Session source / medium, Key events, "
				+ "Total revenue: revenue, key events by source per day; not used: its revenue is that of the sales the "
				+ "shop and payment exports record, so adding it would count them twice (revenue is taken from those "
				+ "exports, each order attributed by its own source)");
	}

	@Test
	void keyEventsBySourceWithoutSessionsSayWhyTheyAreNotUsed() {
		String csv = "# Start date: 20261001\n# End date: 20261031\nFirst user source,Key events\nig,4\n";
		ParsedFile file = Parsing.parse("ga4.csv", csv);

		assertThat(file.skipReasons()).containsOnlyKeys("a GA4 User acquisition table of First user source, Key events: "
				+ "key events by the source that first brought each user for 2026-10-01 .. 2026-10-31; not used: key events are "
				+ "neither orders nor sessions, and orders come from the shop and payment exports");
	}

	/** The Reports snapshot: one table per card, each after its own # block, most of them without sessions by source. */
	@Test
	void reportsSnapshotReadsTheTablesWithSessionsAndSkipsTheRest() {
		String csv = """
				# ----------------------------------------
				# Reports snapshot
				# Account: Shop
				# Property: Shop - GA4
				# ----------------------------------------
				#
				# Start date: 20261101
				# End date: 20261103
				Nth day,Active users,New users
				0000,120,40
				0001,130,42
				0002,110,35

				# ----------------------------------------
				# Reports snapshot
				# ----------------------------------------
				#
				# Start date: 20261101
				# End date: 20261103
				Session primary channel group (Default Channel Group),Sessions
				Organic Social,310
				Direct,200

				# ----------------------------------------
				# Start date: 20261101
				# End date: 20261103
				Nth day,Sessions
				0000,170
				0001,180
				0002,160

				# ----------------------------------------
				# Start date: 20261101
				# End date: 20261103
				Country,Active users
				Norway,200
				Sweden,80
				""";
		ParsedFile file = Parsing.parse("Reports_snapshot.csv", csv);

		assertThat(file.format()).isInstanceOf(Ga4CsvReader.class);
		assertThat(file.status()).isEqualTo(ParsedFile.Status.OK);
		LocalDate nov1 = LocalDate.of(2026, 11, 1);
		LocalDate nov3 = LocalDate.of(2026, 11, 3);
		assertThat(file.traffic()).containsExactly(
				new TrafficRow(null, nov1, nov3, new Utm("", "Organic Social", "", "", ""), 310, 0, null, ""),
				new TrafficRow(null, nov1, nov3, new Utm("", "Direct", "", "", ""), 200, 0, null, ""),
				new TrafficRow(nov1, null, null, Utm.NONE, 170, 0, null, ""),
				new TrafficRow(LocalDate.of(2026, 11, 2), null, null, Utm.NONE, 180, 0, null, ""),
				new TrafficRow(nov3, null, null, Utm.NONE, 160, 0, null, ""));
		assertThat(file.read()).isEqualTo(file.accepted() + file.rejected() + file.skipped()).isEqualTo(10);
		assertThat(file.skipped()).isEqualTo(5);
		assertThat(file.skipReasons()).containsOnlyKeys(
				"a GA4 table of Nth day, Active users, New users: nothing TrueReach reads, no Sessions column"
						+ " (it reads Sessions by Date or Nth day, source / medium, source, medium, campaign or channel group)",
				"a GA4 table of Country, Active users: nothing TrueReach reads, no Sessions column"
						+ " (it reads Sessions by Date or Nth day, source / medium, source, medium, campaign or channel group)");
		assertThat(file.message()).contains("table at line 20 (Session primary channel group (Default Channel Group), Sessions)"
				+ " has no date dimension: its rows are stored as totals of 2026-11-01 .. 2026-11-03");
	}

	@Test
	void aCutOffLastRowOfTheLastTableIsRejected() {
		String csv = "# Start date: 20260501\n# End date: 20260502\nDate,Session source,Session medium,Sessions,Key events\n"
				+ "20260501,ig,social,5,1\n20260502,ig,soc";
		ParsedFile file = Parsing.parse("ga4.csv", csv);

		assertThat(file.traffic()).hasSize(1);
		assertThat(file.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(5);
			assertThat(reject.reason()).contains("cut off");
		});
	}
}
