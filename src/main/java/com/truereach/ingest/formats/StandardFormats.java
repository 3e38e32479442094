package com.truereach.ingest.formats;

import java.util.List;

import com.truereach.domain.Platform;
import com.truereach.ingest.FormatRegistry;

/** Every format TrueReach reads. A new format is one new reader in this package and one line here. */
public final class StandardFormats {

	private StandardFormats() {
	}

	public static FormatRegistry registry() {
		return new FormatRegistry(List.of(
				new XPremiumOverviewReader(),
				new StripePaymentsReader(),
				new XTweetActivityReader(),
				new XDailyTweetActivityReader(),
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
				new TikTokBusinessOverviewReader(),
				new TikTokBusinessFollowersReader(),
				new YouTubeTotalsReader(),
				new YouTubeTableDataReader(),
				new YouTubeChartDataReader(),
				new FollowerProfileCsvReader(),
				new FollowerProfileJsonLinesReader()));
	}
}
