package com.truereach.tooling.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * LinkedIn company page workbooks (docs/formats.md, LinkedIn): followers with sheet {@code New followers}
 * (daily NEW followers, no running total) and content with sheets {@code Metrics} and
 * {@code All posts}. Dates are MM/DD/YYYY text and some numbers are stored as text cells.
 */
final class LinkedInExports {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");

	private LinkedInExports() {
	}

	/** {@code <page>_<kind>_<epoch-ms>.xlsx}, the epoch of the export moment. */
	static String fileName(DailySeries s, String kind, LocalDateTime exported) {
		return s.spec.slug() + "_" + kind + "_" + exported.toInstant(ZoneOffset.UTC).toEpochMilli() + ".xlsx";
	}

	static void followers(DailySeries s, Path file, LocalDateTime exported, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, s.spec.id() + "/linkedin-followers");
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("New followers");
			cells(sheet.createRow(0), "Date", "Sponsored followers", "Organic followers", "Auto-invited followers",
					"Total followers");
			for (int i = 0; i < s.days; i++) {
				int sponsored = r.nextInt(12) == 0 ? Math.min(s.gained[i], 1 + r.nextInt(4)) : 0;
				int invited = Math.min(s.gained[i] - sponsored, r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 0);
				int organicNew = s.gained[i] - sponsored - invited;
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue(DAY.format(s.day(i)));
				// every eleventh row comes with its numbers stored as text, as some exports do
				boolean asText = i % 11 == 5;
				number(row, 1, sponsored, asText);
				number(row, 2, organicNew, asText);
				number(row, 3, invited, asText);
				number(row, 4, s.gained[i], asText);
			}
			snapshot(book.createSheet("Location"), "Location", List.of("Seattle, Washington", "Portland, Oregon",
					"Berlin, Germany", "London, United Kingdom", "Amsterdam, Netherlands"), s.finalFollowers(), r);
			snapshot(book.createSheet("Job function"), "Job function",
					List.of("Operations", "Marketing", "Sales", "Business Development", "Arts and Design"),
					s.finalFollowers(), r);
			save(book, file, exported);
		}
	}

	static void content(DailySeries s, Path file, LocalDateTime exported, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, s.spec.id() + "/linkedin-content");
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet metrics = book.createSheet("Metrics");
			cells(metrics.createRow(0), "Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
					"Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)",
					"Reactions (organic)", "Reactions (sponsored)", "Reactions (total)", "Comments (organic)",
					"Comments (sponsored)", "Comments (total)", "Reposts (organic)", "Reposts (sponsored)",
					"Reposts (total)", "Engagement rate (organic)", "Engagement rate (sponsored)",
					"Engagement rate (total)");
			for (int i = 0; i < s.days; i++) {
				Row row = metrics.createRow(i + 1);
				row.createCell(0).setCellValue(DAY.format(s.day(i)));
				long impressions = s.impressions[i];
				int clicks = s.linkClicks[i] + s.profileVisits[i];
				int engaged = s.likes[i] + s.saves[i] + s.comments[i] + s.shares[i] + clicks;
				boolean asText = i % 13 == 7;
				long[] values = { impressions, 0, impressions, s.reach[i], clicks, 0, clicks, s.likes[i] + s.saves[i], 0,
						s.likes[i] + s.saves[i], s.comments[i], 0, s.comments[i], s.shares[i], 0, s.shares[i] };
				for (int c = 0; c < values.length; c++) {
					number(row, c + 1, values[c], asText);
				}
				double rate = impressions == 0 ? 0 : BigDecimal.valueOf((double) engaged / impressions)
					.setScale(6, RoundingMode.HALF_UP)
					.doubleValue();
				row.createCell(17).setCellValue(rate);
				row.createCell(18).setCellValue(0);
				row.createCell(19).setCellValue(rate);
			}
			Sheet posts = book.createSheet("All posts");
			posts.createRow(0)
				.createCell(0)
				.setCellValue("All posts data for the selected date range. Impressions and engagement for sponsored "
						+ "content are included where the post was boosted.");
			cells(posts.createRow(1), "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
					"Campaign start date", "Campaign end date", "Audience", "Impressions", "Clicks",
					"Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows", "Engagement rate",
					"Content Type");
			List<Posts.Post> all = Posts.of(s, r);
			for (int k = all.size() - 1, n = 2; k >= 0; k--, n++) {
				Posts.Post post = all.get(k);
				Row row = posts.createRow(n);
				int clicks = post.linkClicks() + post.profileVisits();
				double ctr = post.impressions() == 0 ? 0 : (double) clicks / post.impressions();
				double rate = post.impressions() == 0 ? 0
						: (double) (clicks + post.likes() + post.comments() + post.shares()) / post.impressions();
				cells(row, post.text(), "https://www.linkedin.com/feed/update/urn:li:activity:" + Noise.digits(r, 19),
						"Organic", "", s.spec.name(), DAY.format(post.time()), "", "", "All followers");
				row.createCell(9).setCellValue(post.impressions());
				row.createCell(10).setCellValue(clicks);
				row.createCell(11).setCellValue(round(ctr));
				row.createCell(12).setCellValue(post.likes());
				row.createCell(13).setCellValue(post.comments());
				row.createCell(14).setCellValue(post.shares());
				row.createCell(15).setCellValue(post.follows());
				row.createCell(16).setCellValue(round(rate));
				row.createCell(17).setCellValue(r.nextInt(3) == 0 ? "Image" : "Text");
			}
			save(book, file, exported);
		}
	}

	private static void snapshot(Sheet sheet, String label, List<String> values, int followers, SplittableRandom r) {
		cells(sheet.createRow(0), label, "Total followers");
		int left = followers;
		for (int i = 0; i < values.size(); i++) {
			int n = (int) (left * (0.2 + 0.2 * r.nextDouble()));
			left -= n;
			Row row = sheet.createRow(i + 1);
			row.createCell(0).setCellValue(values.get(i));
			row.createCell(1).setCellValue(n);
		}
	}

	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static void number(Row row, int column, long value, boolean asText) {
		if (asText) {
			row.createCell(column).setCellValue(Long.toString(value));
		}
		else {
			row.createCell(column).setCellValue(value);
		}
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).doubleValue();
	}

	/** Saves with a fixed creation date and fixed zip entry times, so the bytes depend on the seed only. */
	private static void save(XSSFWorkbook book, Path file, LocalDateTime exported) throws IOException {
		book.getProperties().getCoreProperties().setCreated(Optional.of(
				java.util.Date.from(exported.toInstant(ZoneOffset.UTC))));
		book.getProperties().getCoreProperties().setCreator("LinkedIn");
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		book.write(buffer);
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(Zips.normalised(buffer.toByteArray(), exported));
		}
	}

}
