package com.truereach.job;

import java.util.Map;

import com.truereach.conversion.AccountConversion;
import com.truereach.conversion.AccountRevenue;
import com.truereach.conversion.EpisodeImpacts;
import com.truereach.conversion.RevenueOverview;
import com.truereach.history.ResultStore;

/**
 * What the conversion steps keep for a run, and how the steps after them read it: per account,
 * its conversion, the revenue impact of its episodes and its report with its headline, by account
 * id; across accounts, the {@link RevenueOverview} (unattributed revenue, notes). The first pass's per-account revenue
 * ({@link AccountRevenue}) is kept too, for the conversion partitions and a restart.
 */
public final class ConversionResults {

	/** Each account's {@link AccountRevenue}, kept by the first pass. */
	static final String ATTRIBUTED = "attributed";

	/** The first pass's {@link RevenueOverview}, one for all accounts under {@link #ALL}. */
	static final String OVERVIEW = "revenueOverview";

	/** Each account's {@link AccountConversion}. */
	static final String CONVERSION = "conversion";

	/** Each account's {@link EpisodeImpacts}. */
	static final String IMPACT = "impact";

	/** Each account's report ({@link com.truereach.report.ReportModel.AccountReport}), for its sheet. */
	static final String REPORT = "accountReports";

	/** Each account's headline ({@link com.truereach.report.ReportModel.Headline}), for the sheets over all accounts. */
	static final String HEADLINE = "accountHeadline";

	static final String ALL = "*";

	private final ResultStore store;

	private final long runId;

	ConversionResults(ResultStore store, long runId) {
		this.store = store;
		this.runId = runId;
	}

	/** Unattributed revenue, the main currency and the notes of the run's revenue analysis. */
	public RevenueOverview overview() {
		return store.result(runId, OVERVIEW, ALL, RevenueOverview.class);
	}

	/** Every account's conversion by id. */
	public Map<String, AccountConversion> accounts() {
		return store.results(runId, CONVERSION, AccountConversion.class);
	}

	AccountRevenue attributed(String id) {
		return store.result(runId, ATTRIBUTED, id, AccountRevenue.class);
	}
}
