package com.truereach.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.truereach.quality.PlatformBaseline;
import com.truereach.report.ReportModel.GlossaryEntry;

/**
 * The report's glossary: every formula as implemented, with its source. The formula documents
 * under {@code src/main/resources/formulas} are the single text for each method; each of their
 * table rows, paragraphs and list items becomes one entry under its heading, so the glossary cannot
 * drift from the documentation and shows no markdown.
 */
final class Glossary {

	private static final List<String> DOCUMENTS = List.of("formulas/quality.md", "formulas/profiles.md",
			"formulas/conversion.md");

	private Glossary() {
	}

	static List<GlossaryEntry> entries() {
		List<GlossaryEntry> entries = new ArrayList<>();
		String topic = "TrueReach";
		entries.add(new GlossaryEntry(topic, "Report range",
				"from .. to, both days included; followers at start = total at the end of the day before 'from';"
						+ " growth = followers at end - followers at start",
				"TrueReach"));
		entries.add(new GlossaryEntry(topic, "Follower totals",
				"Exported: the platform's own total. Carried from an anchor: F[t] = F[t-1] + net[t] carried from an"
						+ " exported total or the job definition's followersAnchor, net = exported net change, else new"
						+ " follows - unfollows. Relative: no anchor, F starts at 0 and only changes are meaningful",
				"TrueReach; docs/formats.md (which exports carry totals)"));
		entries.add(new GlossaryEntry(topic, "Real followers",
				"reported followers - suspect bought - suspect fake - suspect inactive (the clean followers of the"
						+ " formulas below)",
				"src/main/resources/formulas/quality.md, Day counts"));
		entries.add(new GlossaryEntry(topic, "Posts and link clicks from post exports",
				"where the daily export has no post count or no link clicks (X Premium's overview), posts = posts"
						+ " published that day in the account's post export, and link clicks = the lifetime link clicks"
						+ " of those posts, counted on the day they were published",
				"TrueReach; docs/formats.md (X Premium content export: URL Clicks per post)"));
		entries.add(new GlossaryEntry(topic, "Engagement rate (Summary)",
				"sum of interactions / sum of the day's follower totals over the days where both are known;"
						+ " interactions = exported engagements, else likes + comments + shares + saves + replies + reposts",
				"docs/methods.md, engagement decoupling (HypeAuditor AQS; Popular Pays)"));
		for (PlatformBaseline baseline : PlatformBaseline.values()) {
			entries.add(new GlossaryEntry("Engagement baselines", baseline.platform().label(),
					baseline.formula() + " = " + percent(baseline.rate()), baseline.source()));
		}
		for (String document : DOCUMENTS) {
			entries.addAll(sections(document, read(document)));
		}
		return entries;
	}

	private static String percent(double fraction) {
		return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	/**
	 * The document as rows a spreadsheet shows without any markdown: each table row is an entry
	 * (first cell the term, a last "source" column the source, the cells between the formula, named
	 * by their headers when there are several), each paragraph, list item and formula line is an
	 * entry of its own, and the headings are the topics.
	 */
	static List<GlossaryEntry> sections(String name, String markdown) {
		List<GlossaryEntry> entries = new ArrayList<>();
		String source = "src/main/resources/" + name;
		String title = name;
		String topic = name;
		List<String> header = null;
		StringBuilder text = new StringBuilder();
		for (String line : markdown.split("\\R")) {
			String trimmed = line.strip();
			boolean item = trimmed.startsWith("- ") || trimmed.startsWith("* ") || trimmed.matches("\\d+\\. .*");
			boolean code = line.startsWith("    ") && !trimmed.isEmpty() && text.isEmpty();
			if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("|") || item || code) {
				paragraph(entries, topic, text, source);
			}
			if (trimmed.startsWith("#")) {
				String heading = plain(trimmed.replaceFirst("^#+\\s*", ""));
				if (trimmed.startsWith("# ")) {
					title = heading;
					topic = heading;
				}
				else {
					topic = title + ": " + heading;
				}
				header = null;
			}
			else if (trimmed.startsWith("|")) {
				List<String> cells = cells(trimmed);
				if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
					continue;
				}
				if (header == null) {
					header = cells;
				}
				else {
					entries.add(row(topic, header, cells, source));
				}
			}
			else if (code) {
				entries.add(new GlossaryEntry(topic, "", plain(trimmed), source));
			}
			else if (!trimmed.isEmpty()) {
				header = null;
				text.append(text.isEmpty() ? "" : " ").append(item ? trimmed.replaceFirst("^(- |\\* )", "") : trimmed);
			}
		}
		paragraph(entries, topic, text, source);
		return entries;
	}

	private static void paragraph(List<GlossaryEntry> entries, String topic, StringBuilder text, String source) {
		if (!text.isEmpty()) {
			entries.add(new GlossaryEntry(topic, "", plain(text.toString()), source));
			text.setLength(0);
		}
	}

	private static GlossaryEntry row(String topic, List<String> header, List<String> cells, String document) {
		int last = header.size() - 1;
		boolean sourced = last > 0 && header.get(last).equalsIgnoreCase("source");
		int end = Math.min(cells.size(), sourced ? last : header.size());
		List<String> formula = new ArrayList<>();
		for (int i = 1; i < end; i++) {
			if (!cells.get(i).isEmpty()) {
				formula.add(end > 2 ? header.get(i) + ": " + cells.get(i) : cells.get(i));
			}
		}
		String source = sourced && cells.size() > last && !cells.get(last).isEmpty() ? cells.get(last) + " ("
				+ document + ")" : document;
		return new GlossaryEntry(topic, cells.get(0), String.join("; ", formula), source);
	}

	private static List<String> cells(String line) {
		String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("\\|", -1)) {
			cells.add(plain(cell.strip()));
		}
		return cells;
	}

	/** Markdown's inline marks taken out: code spans, bold and links (kept as text and address). */
	static String plain(String text) {
		return text.replace("`", "")
			.replace("**", "")
			.replaceAll("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])", "$1")
			.replaceAll("\\[([^\\]]+)]\\(([^)]+)\\)", "$1 ($2)")
			.strip();
	}

	private static String read(String resource) {
		try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
