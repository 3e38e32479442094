package com.truereach.tooling.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * YouTube Studio advanced-mode export (docs/formats.md, YouTube): {@code Totals.csv} with the daily
 * NET subscriber change, {@code Table data.csv} with a {@code Total} row first, and the long
 * {@code Chart data.csv}.
 */
final class YouTubeExports {

	static final CsvOut.Style STYLE = new CsvOut.Style(CsvOut.Encoding.UTF8, CsvOut.Quoting.MINIMAL, ',', "\n", true);

	private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

	private static final int CHART_DAYS = 28;

	record Video(String id, String title, LocalDate published, int duration, long[] daily) {

		long views() {
			long sum = 0;
			for (long v : daily) {
				sum += v;
			}
			return sum;
		}
	}

	private YouTubeExports() {
	}

	static String zipName(DailySeries s) {
		return "Content " + s.first + "_" + s.last() + " " + s.spec.name() + ".zip";
	}

	static void studioZip(DailySeries s, Path zip, LocalDate exportDay, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, s.spec.id() + "/youtube");
		List<Video> videos = videos(s, r);
		List<Zips.Item> items = new ArrayList<>();
		items.add(new Zips.Item("Totals.csv", CsvOut.bytes(STYLE, csv -> {
			csv.row("Date", "Subscribers");
			for (int i = 0; i < s.days; i++) {
				csv.row(s.day(i), s.gained[i] - s.lost[i]);
			}
		})));
		items.add(new Zips.Item("Table data.csv", CsvOut.bytes(STYLE, csv -> {
			csv.row("Content", "Video title", "Video publish time", "Duration", "Views", "Watch time (hours)",
					"Subscribers", "Impressions", "Impressions click-through rate (%)");
			long views = 0;
			long impressions = 0;
			BigDecimal hours = BigDecimal.ZERO;
			List<Object[]> rows = new ArrayList<>();
			for (Video video : videos) {
				long v = video.views();
				long shown = Math.round(v / (0.03 + 0.05 * r.nextDouble()));
				BigDecimal watched = BigDecimal.valueOf(v * video.duration() * (0.3 + 0.3 * r.nextDouble()) / 3600)
					.setScale(4, RoundingMode.HALF_UP);
				views += v;
				impressions += shown;
				hours = hours.add(watched);
				// an id starting with '-' comes with a leading space, as Studio writes it
				rows.add(new Object[] { video.id().startsWith("-") ? " " + video.id() : video.id(), video.title(),
						PUBLISHED.format(video.published()), video.duration(), v, watched, Math.round(v * 0.004), shown,
						percent(v, shown) });
			}
			long subscribers = 0;
			for (int i = 0; i < s.days; i++) {
				subscribers += s.gained[i] - s.lost[i];
			}
			csv.row("Total", "", "", "", views, hours, subscribers, impressions, percent(views, impressions));
			for (Object[] row : rows) {
				csv.row(row);
			}
		})));
		items.add(new Zips.Item("Chart data.csv", CsvOut.bytes(STYLE, csv -> {
			csv.row("Date", "Content", "Video title", "Video publish time", "Duration", "Views");
			for (int i = 0; i < s.days; i++) {
				for (Video video : videos) {
					int age = i - s.index(video.published());
					if (age >= 0 && age < CHART_DAYS) {
						csv.row(s.day(i), video.id(), video.title(), PUBLISHED.format(video.published()), video.duration(),
								video.daily()[age]);
					}
				}
			}
		})));
		Zips.write(zip, exportDay.atTime(8, 40), items);
	}

	/** Each posting day is one video; a day's views are shared by the videos of the last four weeks. */
	static List<Video> videos(DailySeries s, SplittableRandom r) {
		List<Video> videos = new ArrayList<>();
		for (int i = 0; i < s.days; i++) {
			if (s.posts[i] > 0) {
				String id = (videos.size() % 9 == 4 ? "-" : "") + Noise.token(r, videos.size() % 9 == 4 ? 10 : 11);
				videos.add(new Video(id, Posts.text(r).replace('\n', ' ').replace("&amp;", "&"), s.day(i),
						40 + r.nextInt(900), new long[CHART_DAYS]));
			}
		}
		for (int i = 0; i < s.days; i++) {
			double total = 0;
			for (Video video : videos) {
				int age = i - s.index(video.published());
				total += age >= 0 && age < CHART_DAYS ? Math.exp(-age / 5.0) : 0;
			}
			for (Video video : videos) {
				int age = i - s.index(video.published());
				if (age >= 0 && age < CHART_DAYS) {
					video.daily()[age] = Math.round(s.views[i] * 0.8 * Math.exp(-age / 5.0) / total);
				}
			}
		}
		return videos;
	}

	private static BigDecimal percent(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(part * 100.0 / whole).setScale(2, RoundingMode.HALF_UP);
	}
}
