package com.truereach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import tools.jackson.databind.json.JsonMapper;

import com.truereach.domain.Reject;
import com.truereach.ingest.FileContext;
import com.truereach.ingest.FileParser;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.ReadLimits;
import com.truereach.ingest.formats.StandardFormats;

/**
 * {@code inspect [--json] FILE...}: what TrueReach makes of each file, without touching the
 * history. Exit code 0 when every file was recognised and usable, 1 otherwise.
 */
@Command(name = "inspect", description = "Detect and read export files without storing anything.")
public final class InspectCommand implements Callable<Integer> {

	private static final int FIRST_REASONS = 5;

	@Option(names = "--json", description = "One JSON object per file")
	boolean json;

	@Option(names = "--reject-threshold", defaultValue = "0.05", description = "Share of rejected rows that fails a file (default ${DEFAULT-VALUE})")
	double threshold;

	@Option(names = "--exported-on", paramLabel = "YYYY-MM-DD", description = "The day the files were exported, for "
			+ "dates without a year (TikTok Studio) when the file name carries none, as exportedOn in a job definition")
	java.time.LocalDate exportedOn;

	@Parameters(arity = "1..*", paramLabel = "FILE")
	List<Path> files;

	@Override
	public Integer call() {
		FileParser parser = new FileParser(StandardFormats.registry(), threshold,
				ReadLimits.from(name -> Settings.get(List.of(), name)));
		JsonMapper mapper = JsonMapper.builder().build();
		boolean allUsable = true;
		for (Path file : files) {
			List<ParsedFile> results = new ArrayList<>();
			if (!Files.exists(file) || Files.isDirectory(file)) {
				System.out.println(json ? mapper.writeValueAsString(missing(file)) : file + ": no such file");
				allUsable = false;
				continue;
			}
			results.addAll(parser.parse(file, new FileContext(List.of(), exportedOn)));
			for (ParsedFile parsed : results) {
				allUsable &= parsed.usable();
				Map<String, Object> summary = summary(parsed);
				System.out.println(json ? mapper.writeValueAsString(summary) : text(summary));
			}
		}
		return allUsable ? 0 : 1;
	}

	private static Map<String, Object> missing(Path file) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("file", file.toString());
		summary.put("format", null);
		summary.put("platform", null);
		summary.put("account", null);
		summary.put("accepted", 0);
		summary.put("rejected", 0);
		summary.put("skipped", 0);
		summary.put("from", null);
		summary.put("to", null);
		summary.put("error", "no such file");
		return summary;
	}

	private static Map<String, Object> summary(ParsedFile parsed) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("file", parsed.source().name());
		summary.put("format", parsed.format() == null ? null : parsed.format().id());
		summary.put("platform", parsed.platform() == null ? null : parsed.platform().label());
		summary.put("account", parsed.accountHints().isEmpty() ? null : String.join(", ", parsed.accountHints()));
		summary.put("status", parsed.status().name());
		summary.put("read", parsed.read());
		summary.put("accepted", parsed.accepted());
		summary.put("rejected", parsed.rejected());
		summary.put("skipped", parsed.skipped());
		summary.put("skipReasons", parsed.skipReasons());
		summary.put("summaryRows", parsed.summaryRows());
		summary.put("from", parsed.first() == null ? null : parsed.first().toString());
		summary.put("to", parsed.last() == null ? null : parsed.last().toString());
		summary.put("error", parsed.usable() ? null : parsed.message());
		summary.put("notes", parsed.usable() && !parsed.message().isEmpty() ? parsed.message() : null);
		summary.put("firstRejects", parsed.rejects().stream().limit(FIRST_REASONS).map(Reject::message).toList());
		return summary;
	}

	private static String text(Map<String, Object> s) {
		StringBuilder out = new StringBuilder();
		out.append(s.get("file")).append('\n');
		out.append("  format:   ").append(s.get("format") == null ? "(not recognised)"
				: s.get("format") + " (" + (s.get("platform") == null ? "platform not named in the file: the account's"
						: s.get("platform")) + ")").append('\n');
		if (s.get("account") != null) {
			out.append("  account:  ").append(s.get("account")).append('\n');
		}
		out.append("  status:   ").append(s.get("status")).append('\n');
		out.append("  dates:    ").append(s.get("from") == null ? "-" : s.get("from") + " to " + s.get("to")).append('\n');
		out.append("  rows:     ").append(s.get("read")).append(" read = ").append(s.get("accepted")).append(" accepted + ")
			.append(s.get("rejected")).append(" rejected + ").append(s.get("skipped")).append(" skipped");
		if (((Long) s.get("summaryRows")) > 0) {
			out.append(" (").append(s.get("summaryRows")).append(" total rows not counted)");
		}
		out.append('\n');
		if (s.get("error") != null) {
			out.append("  error:    ").append(s.get("error")).append('\n');
		}
		@SuppressWarnings("unchecked")
		Map<String, Long> skips = (Map<String, Long>) s.get("skipReasons");
		String notes = s.get("notes") == null ? "" : besideSkips((String) s.get("notes"), skips);
		if (!notes.isEmpty()) {
			out.append("  notes:    ").append(notes).append('\n');
		}
		skips.forEach((reason, rows) -> out.append("  skipped:  ").append(rows).append(rows == 1 ? " row: " : " rows: ")
			.append(reason).append('\n'));
		@SuppressWarnings("unchecked")
		List<String> reasons = (List<String>) s.get("firstRejects");
		reasons.forEach(reason -> out.append("  rejected: ").append(reason).append('\n'));
		return out.toString().stripTrailing();
	}

	/** The notes without the skip reasons, which the text shows on lines of their own. */
	private static String besideSkips(String notes, Map<String, Long> skips) {
		String rest = notes;
		for (Map.Entry<String, Long> skip : skips.entrySet()) {
			rest = rest.replace(ParsedFile.skipNote(skip.getKey(), skip.getValue()), "");
		}
		return rest.replaceAll("(; )+", "; ").replaceAll("^; |; $", "");
	}
}
