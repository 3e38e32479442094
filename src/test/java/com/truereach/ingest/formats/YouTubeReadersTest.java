package com.truereach.ingest.formats;

import static com.truereach.ingest.formats.StudioFixtures.bytes;
import static com.truereach.ingest.formats.StudioFixtures.copy;
import static com.truereach.ingest.formats.StudioFixtures.day;
import static com.truereach.ingest.formats.StudioFixtures.parseOne;
import static com.truereach.ingest.formats.StudioFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.ParsedFile;

class YouTubeReadersTest {

	@TempDir
	Path dir;

	@Test
	void theAdvancedModeZipIsReadEntryByEntryInPlace() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("Totals.csv", bytes("youtube/Totals.csv"));
		entries.put("Table data.csv", bytes("youtube/Table data.csv"));
		entries.put("Chart data.csv", bytes("youtube/Chart data.csv"));
		Path zip = StudioFixtures.zip(dir, "Subscribers 2025-08-27_2025-08-29 Tiny Shop.zip", entries);

		Map<String, ParsedFile> byFormat = StudioFixtures.PARSER.parse(zip).stream()
			.collect(Collectors.toMap(f -> f.format().id(), Function.identity()));

		assertThat(byFormat).containsOnlyKeys("youtube-totals", "youtube-table-data", "youtube-chart-data");
		assertThat(byFormat.values()).allSatisfy(f -> {
			assertThat(f.status()).isEqualTo(ParsedFile.Status.OK);
			assertThat(f.source().name()).startsWith(zip.toString() + "!/");
		});

		ParsedFile totals = byFormat.get("youtube-totals");
		// Subscribers is the net change per day, so it may be negative
		assertThat(totals.days()).extracting(d -> d.metrics().get(Metric.NET_FOLLOWS)).containsExactly(3L, -2L, 0L);
		assertThat(totals.first()).isEqualTo(LocalDate.of(2025, 8, 27));

		ParsedFile table = byFormat.get("youtube-table-data");
		assertThat(table.summaryRows()).isEqualTo(1);
		assertThat(table.read()).isEqualTo(2);
		PostMetrics shortVideo = table.posts().get(1);
		assertThat(shortVideo.postId()).isEqualTo("-abc123XYZ_");
		assertThat(shortVideo.published()).isEqualTo(LocalDateTime.of(2025, 8, 30, 0, 0));
		assertThat(shortVideo.metrics()).containsOnly(entry(Metric.VIEWS, 1120L), entry(Metric.NET_FOLLOWS, 3L),
				entry(Metric.IMPRESSIONS, 18000L));
		// the video's length in seconds, the click-through rate in percent, 0:00:27 as 27 seconds
		assertThat(shortVideo.extra()).containsOnly(entry("Duration", new BigDecimal("27")),
				entry("Impressions click-through rate (%)", new BigDecimal("0.85")),
				entry("Average view duration (seconds)", new BigDecimal("27")));
		assertThat(table.posts().get(0).text()).isEqualTo("Shop tour, part 1");
		// 0:00:50 = 50 s
		assertThat(table.posts().get(0).extra()).containsOnly(entry("Duration", new BigDecimal("212")),
				entry("Impressions click-through rate (%)", new BigDecimal("1.9")),
				entry("Average view duration (seconds)", new BigDecimal("50")));

		ParsedFile chart = byFormat.get("youtube-chart-data");
		// 2025-08-28: 1500 + 0; 2025-08-30: 700 + 420 = 1120; the second row of each day folds into the first
		assertThat(chart.read()).isEqualTo(2);
		assertThat(chart.summaryRows()).isEqualTo(2);
		assertThat(day(chart, LocalDate.of(2025, 8, 28)).extra()).containsOnly(
				entry("Views (charted videos)", new BigDecimal("1500")));
		assertThat(day(chart, LocalDate.of(2025, 8, 30)).extra()).containsOnly(
				entry("Views (charted videos)", new BigDecimal("1120")));
		assertThat(day(chart, LocalDate.of(2025, 8, 30)).metrics()).isEmpty();
	}

	@Test
	void excelResavedTotalsWithSemicolonsRewrittenDatesAndGroupedNumbers() throws Exception {
		ParsedFile parsed = parseOne(copy("youtube/Totals_excel.csv", dir, "yt.csv"));

		assertThat(parsed.format().id()).isEqualTo("youtube-totals");
		assertThat(day(parsed, LocalDate.of(2026, 7, 16)).metrics()).containsOnly(entry(Metric.VIEWS, 1234L));
		assertThat(day(parsed, LocalDate.of(2026, 7, 17)).metrics()).containsOnly(entry(Metric.VIEWS, 9L));
	}

	@Test
	void aTotalsFileWithAMetricTikTokAlsoHasIsStillYouTube() {
		ParsedFile parsed = parseText("Totals.csv", "Date,Likes\n2025-08-28,5\n");

		assertThat(parsed.format().id()).isEqualTo("youtube-totals");
		assertThat(day(parsed, LocalDate.of(2025, 8, 28)).metrics()).containsOnly(entry(Metric.LIKES, 5L));
	}

	@Test
	void durationsBecomeSecondsAndPercentColumnsStayPlainNumbers() {
		ParsedFile parsed = parseText("Totals.csv", """
				Date,Average view duration,Impressions click-through rate (%)
				2025-08-28,0:01:27,1.68
				""");

		// 0:01:27 = 60 + 27 = 87 s; 1.68 means 1.68 %
		assertThat(day(parsed, LocalDate.of(2025, 8, 28)).extra()).containsOnly(
				entry("Average view duration (seconds)", new BigDecimal("87")),
				entry("Impressions click-through rate (%)", new BigDecimal("1.68")));
	}

	@Test
	void aTableDataExtraThatIsNotANumberIsLeftOutAndDoesNotRejectTheVideo() {
		ParsedFile table = parseText("Table data.csv", """
				Content,Video title,Video publish time,Duration,Views,Your estimated revenue (USD),Average view duration
				Total,,,,10,1.25,0:01:00
				abcdefghijk,Ok,"Aug 28, 2025",10,7,--,1 minute
				""");

		// "--" is not reported and "1 minute" is no h:mm:ss: both absent, and the video is accepted
		assertThat(table.rejects()).isEmpty();
		assertThat(table.posts()).singleElement().satisfies(post -> {
			assertThat(post.metrics()).containsOnly(entry(Metric.VIEWS, 7L));
			assertThat(post.extra()).containsOnly(entry("Duration", new BigDecimal("10")));
		});
	}

	@Test
	void badValuesAreRejectedWithLineAndColumn() {
		ParsedFile table = parseText("Table data.csv", """
				Content,Video title,Video publish time,Duration,Views
				Total,,,,10
				abcdefghijk,Ok,"Aug 28, 2025",10,7
				zzBadViews01,Broken,"Aug 31, 2025",30,many
				,No id,"Aug 31, 2025",30,1
				""");
		ParsedFile totals = parseText("Totals.csv", "Date,Subscribers\n2025-08-28,1.5\n2025-13-01,2\n");

		assertThat(table.rejects()).extracting(r -> r.line() + " " + r.column() + " " + r.reason())
			.containsExactly("4 Views not a number", "5 Content video id is missing");
		assertThat(table.posts()).extracting(PostMetrics::postId).containsExactly("abcdefghijk");
		assertThat(totals.rejects()).extracting(r -> r.line() + " " + r.column() + " " + r.value())
			.containsExactly("2 Subscribers 1.5", "3 Date 2025-13-01");
		assertThat(List.of(table.status(), totals.status())).containsOnly(ParsedFile.Status.FAILED);
	}
}
