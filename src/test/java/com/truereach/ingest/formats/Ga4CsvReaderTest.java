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
		// line 14: a table without sessions is not dropped silently, its rows are rejected with the reason
		assertThat(file.rejects()).singleElement()
			.satisfies(r -> assertThat(r.message()).isEqualTo(
					"ga4.csv:14 column 'Date' value '20240101': this table has no Sessions column; TrueReach reads GA4 tables with sessions"));
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
}
