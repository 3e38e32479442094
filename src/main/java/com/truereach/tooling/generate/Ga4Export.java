package com.truereach.tooling.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * GA4 traffic acquisition download (docs/formats.md, Revenue 3): a {@code #} preamble with the range,
 * the {@code Session source / medium} table with {@code Grand total} first, then a blank line,
 * another preamble and a {@code Date,Sessions} table. Sessions come from the brand's link
 * clicks plus search and direct traffic; revenue is the paid Stripe money by the buyer's source.
 */
final class Ga4Export {

	static final String HEADER = "Session source / medium,Sessions,Engaged sessions,Engagement rate,"
			+ "Average engagement time per session,Events per session,Event count,Key events,Session key event rate,"
			+ "Total revenue";

	static final CsvOut.Style STYLE = new CsvOut.Style(CsvOut.Encoding.UTF8, CsvOut.Quoting.MINIMAL, ',', "\n", true);

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final class Traffic {

		long sessions;

		long keyEvents;

		BigDecimal revenue = BigDecimal.ZERO;
	}

	private Ga4Export() {
	}

	static void write(List<DailySeries> brandAccounts, List<StripeExport.Payment> payments, String brand,
			Path file, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, "ga4/" + brand);
		DailySeries any = brandAccounts.get(0);
		LocalDate first = any.first;
		Map<String, Traffic> bySource = new TreeMap<>();
		long[] daily = new long[any.days];
		for (DailySeries s : brandAccounts) {
			for (int i = 0; i < s.days; i++) {
				for (int k = 0; k < s.linkClicks[i]; k++) {
					Sales.Alias alias = Sales.pickAlias(r, s.spec.platform());
					bySource.computeIfAbsent(alias.source() + " / " + alias.medium(), key -> new Traffic()).sessions++;
					daily[i]++;
				}
			}
		}
		String[] background = { "google / organic", "(direct) / (none)", "google / cpc", "newsletter / email",
				"bing / organic" };
		double[] perDay = { 160, 110, 25, 12, 9 };
		for (int i = 0; i < any.days; i++) {
			for (int b = 0; b < background.length; b++) {
				int n = Noise.poisson(r, perDay[b] * Noise.weekday(any.day(i)));
				bySource.computeIfAbsent(background[b], key -> new Traffic()).sessions += n;
				daily[i] += n;
			}
		}
		for (StripeExport.Payment p : payments) {
			if (!p.paid()) {
				continue;
			}
			Sales.Sale sale = p.sale();
			String key = sale.tagged() ? sale.source() + " / " + sale.medium()
					: r.nextDouble() < 0.55 ? "(direct) / (none)" : "google / organic";
			Traffic t = bySource.computeIfAbsent(key, k -> new Traffic());
			t.keyEvents++;
			t.revenue = t.revenue.add(p.net());
			// the buying visit itself and a look around before it
			t.sessions += 2;
			int day = (int) (sale.utc().toLocalDate().toEpochDay() - first.toEpochDay());
			daily[day] += 2;
		}
		List<Map.Entry<String, Traffic>> rows = new ArrayList<>(bySource.entrySet());
		rows.sort(Comparator.comparingLong((Map.Entry<String, Traffic> e) -> e.getValue().sessions).reversed()
			.thenComparing(Map.Entry::getKey));
		Traffic total = new Traffic();
		for (Map.Entry<String, Traffic> e : rows) {
			total.sessions += e.getValue().sessions;
			total.keyEvents += e.getValue().keyEvents;
			total.revenue = total.revenue.add(e.getValue().revenue);
		}
		try (CsvOut csv = CsvOut.create(file, STYLE)) {
			preamble(csv, "Traffic acquisition: Session source / medium", brand, first, any.last());
			csv.raw(HEADER);
			row(csv, "Grand total", total, r);
			for (Map.Entry<String, Traffic> e : rows) {
				row(csv, e.getKey(), e.getValue(), r);
			}
			csv.raw("");
			preamble(csv, "Traffic acquisition: Date", brand, first, any.last());
			csv.raw("Date,Sessions");
			for (int i = 0; i < any.days; i++) {
				csv.row(DAY.format(any.day(i)), daily[i]);
			}
		}
	}

	private static void preamble(CsvOut csv, String title, String brand, LocalDate from, LocalDate to)
			throws IOException {
		csv.raw("# ----------------------------------------");
		csv.raw("# " + title);
		csv.raw("# Account: " + brand);
		csv.raw("# Property: " + brand + " - GA4");
		csv.raw("# ----------------------------------------");
		csv.raw("#");
		csv.raw("# All Users");
		csv.raw("# Start date: " + DAY.format(from));
		csv.raw("# End date: " + DAY.format(to));
	}

	private static void row(CsvOut csv, String key, Traffic t, SplittableRandom r) throws IOException {
		long engaged = Math.round(t.sessions * (0.55 + 0.15 * r.nextDouble()));
		double eventsPerSession = 4 + 3 * r.nextDouble();
		csv.row(key, t.sessions, engaged, fraction(engaged, t.sessions),
				BigDecimal.valueOf(30 + 90 * r.nextDouble()).setScale(4, RoundingMode.HALF_UP),
				BigDecimal.valueOf(eventsPerSession).setScale(4, RoundingMode.HALF_UP),
				Math.round(t.sessions * eventsPerSession), t.keyEvents, fraction(t.keyEvents, t.sessions),
				t.revenue.setScale(2, RoundingMode.HALF_UP));
	}

	private static BigDecimal fraction(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf((double) part / whole).setScale(4, RoundingMode.HALF_UP);
	}
}
