package com.truereach.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.truereach.history.ResultStore;
import com.truereach.report.AccountSource;
import com.truereach.report.ReportModel;

/**
 * The accounts' reports as the conversion step kept them: the headlines read once, in the
 * order of the definition, and each full report read from the store whenever the workbook asks.
 */
final class StoredAccountReports implements AccountSource {

	private final ResultStore store;

	private final long runId;

	private final List<String> ids;

	private final AtomicLong written;

	private List<ReportModel.Headline> headlines;

	/** Whether {@link #ids} are a client's, whose headlines are read one by one rather than every account's at once. */
	private final boolean client;

	/** @param written counts the accounts whose sheets the workbook has written */
	StoredAccountReports(ResultStore store, RunContext run, AtomicLong written) {
		this(store, run.runId(), run.definition().accounts(), false, written);
	}

	/** The reports of {@code client}'s accounts, in the order its definition lists them. */
	StoredAccountReports(ResultStore store, RunContext run, JobDefinition.Client client, AtomicLong written) {
		this(store, run.runId(), client.accounts(), true, written);
	}

	private StoredAccountReports(ResultStore store, long runId, List<JobDefinition.Account> accounts, boolean client,
			AtomicLong written) {
		this.store = store;
		this.runId = runId;
		this.ids = accounts.stream().map(JobDefinition.Account::id).toList();
		this.client = client;
		this.written = written;
	}

	@Override
	public List<ReportModel.Headline> headlines() {
		if (this.headlines == null) {
			Map<String, ReportModel.Headline> stored = this.client ? Map.of()
					: this.store.results(this.runId, ConversionResults.HEADLINE, ReportModel.Headline.class);
			List<ReportModel.Headline> ordered = new ArrayList<>();
			for (String id : this.ids) {
				ReportModel.Headline headline = this.client
						? this.store.result(this.runId, ConversionResults.HEADLINE, id, ReportModel.Headline.class)
						: stored.get(id);
				if (headline == null) {
					throw new IllegalStateException("no report of account " + id + " was kept for run " + this.runId);
				}
				ordered.add(headline);
			}
			this.headlines = List.copyOf(ordered);
		}
		return this.headlines;
	}

	@Override
	public ReportModel.AccountReport account(int index) {
		return this.store.result(this.runId, ConversionResults.REPORT, this.ids.get(index),
				ReportModel.AccountReport.class);
	}

	@Override
	public void written(int index) {
		this.written.incrementAndGet();
	}
}
