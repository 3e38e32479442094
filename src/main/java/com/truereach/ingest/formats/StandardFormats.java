package com.truereach.ingest.formats;

import java.util.ArrayList;
import java.util.List;

import com.truereach.domain.Platform;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.FormatRegistry;

/**
 * Every format TrueReach reads. A new format is one new reader in this package and one line here;
 * a daily-metrics CSV that differs from the others only in its header and columns is one row of
 * {@link DailyMetricsFormat#TABLE} instead.
 */
public final class StandardFormats {

	private StandardFormats() {
	}

	public static FormatRegistry registry() {
		List<FormatReader> readers = new ArrayList<>();
		DailyMetricsFormat.TABLE.forEach(format -> readers.add(new DailyMetricsCsvReader(format)));
		readers.addAll(List.of(
				new StripePaymentsReader(),
				new XTweetActivityReader(),
				new XPremiumContentReader(),
				new XArchiveFollowsReader(),
				new InstagramFollowsReader(),
				new MetaInsightsReader(),
				new MetaAudienceReader(),
				new MetaPostsReader(Platform.INSTAGRAM),
				new MetaPostsReader(Platform.FACEBOOK),
				new ShopifyOrdersReader(),
				new Ga4CsvReader(),
				new GenericOrdersReader(),
				new LinkedInFollowersReader(),
				new LinkedInContentReader(),
				new LinkedInVisitorsReader(),
				new LinkedInCreatorReader(),
				new TikTokStudioDailyReader(),
				TikTokStudioContentReader.studio(),
				TikTokStudioContentReader.business(),
				new YouTubeTotalsReader(),
				new YouTubeTableDataReader(),
				new YouTubeChartDataReader(),
				new FollowerProfileCsvReader(),
				new FollowerProfileJsonLinesReader()));
		return new FormatRegistry(readers);
	}
}
