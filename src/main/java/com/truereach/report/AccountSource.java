package com.truereach.report;

import java.util.List;

/**
 * The accounts of a report, each account's full report read when asked for, so that a run of
 * thousands of accounts never holds all their days at once: the workbook keeps only their
 * headlines and reads each account again when it writes the account's sheet.
 */
public interface AccountSource {

	/** Every account's headline, in the order of the definition. */
	List<ReportModel.Headline> headlines();

	/** The full report of the account at {@code index} among the headlines. */
	ReportModel.AccountReport account(int index);

	/** Told when the workbook has written the rows of the account at {@code index}, for progress. */
	default void written(int index) {
	}

	/** The accounts of a report held in memory. */
	static AccountSource of(List<ReportModel.AccountReport> accounts) {
		List<ReportModel.Headline> headlines = accounts.stream().map(ReportModel.Headline::of).toList();
		return new AccountSource() {

			@Override
			public List<ReportModel.Headline> headlines() {
				return headlines;
			}

			@Override
			public ReportModel.AccountReport account(int index) {
				return accounts.get(index);
			}
		};
	}
}
