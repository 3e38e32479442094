package com.truereach.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.truereach.quality.PlatformBaseline;
import com.truereach.report.ReportModel.GlossaryEntry;

/**
 * The report's glossary: every formula as implemented, with its source. The formula documents
 * under {@code src/main/resources/formulas} are the single text for each method; each of their
 * sections becomes one entry, so the glossary cannot drift from the documentation.
 */
final class Glossary {

	private static final List<String> DOCUMENTS = List.of("formulas/quality.md", "formulas/profiles.md",
			"formulas/conversion.md");

	private Glossary() {
	}

	static List<GlossaryEntry> entries() {
		List<GlossaryEntry> entries = new ArrayList<>();
		entries.add(new GlossaryEntry("Report range",
				"from .. to, both days included; followers at start = total at the end of the day before 'from';"
						+ " growth = followers at end - followers at start",
				"TrueReach"));
		entries.add(new GlossaryEntry("Follower totals",
				"EXPORTED: the platform's own total; ANCHORED: F[t] = F[t-1] + net[t] carried from an exported total or"
						+ " the job definition's followersAnchor, net = exported net change, else new follows - unfollows;"
						+ " RELATIVE: no anchor, F starts at 0 and only changes are meaningful",
				"TrueReach; docs/formats.md (which exports carry totals)"));
		entries.add(new GlossaryEntry("Posts and link clicks from post exports",
				"where the daily export has no post count or no link clicks (X Premium's overview), posts = posts"
						+ " published that day in the account's post export, and link clicks = the lifetime link clicks"
						+ " of those posts, counted on the day they were published",
				"TrueReach; docs/formats.md (X Premium content export: URL Clicks per post)"));
		entries.add(new GlossaryEntry("Engagement rate (Summary)",
				"sum of interactions / sum of the day's follower totals over the days where both are known;"
						+ " interactions = exported engagements, else likes + comments + shares + saves + replies + reposts",
				"docs/methods.md, engagement decoupling (HypeAuditor AQS; Popular Pays)"));
		for (PlatformBaseline baseline : PlatformBaseline.values()) {
			entries.add(new GlossaryEntry("Engagement baseline " + baseline.name(),
					baseline.formula() + " = " + baseline.rate(), baseline.source()));
		}
		for (String document : DOCUMENTS) {
			entries.addAll(sections(document, read(document)));
		}
		return entries;
	}

	/** One entry per {@code ##} section: the section title, its text, and the document it comes from. */
	static List<GlossaryEntry> sections(String name, String markdown) {
		List<GlossaryEntry> entries = new ArrayList<>();
		String title = name;
		String term = null;
		StringBuilder text = new StringBuilder();
		for (String line : markdown.split("\\R")) {
			if (line.startsWith("# ")) {
				title = line.substring(2).trim();
			}
			else if (line.startsWith("## ")) {
				add(entries, title, term, text, name);
				term = line.substring(3).trim();
				text.setLength(0);
			}
			else if (term != null) {
				text.append(line.trim()).append(line.isBlank() ? "\n" : " ");
			}
		}
		add(entries, title, term, text, name);
		return entries;
	}

	private static void add(List<GlossaryEntry> entries, String title, String term, StringBuilder text, String name) {
		if (term != null && !text.toString().isBlank()) {
			entries.add(new GlossaryEntry(title + ": " + term, text.toString().trim().replaceAll("\n\\s*", "\n"),
					"src/main/resources/" + name + " (citations in the text; docs/methods.md)"));
		}
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
