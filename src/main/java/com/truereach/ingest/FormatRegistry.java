package com.truereach.ingest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.truereach.ingest.formats.FollowerProfileCsvReader;
import com.truereach.ingest.formats.FollowerProfileJsonLinesReader;
import com.truereach.ingest.formats.Ga4CsvReader;
import com.truereach.ingest.formats.GenericOrdersReader;
import com.truereach.ingest.formats.InstagramFollowsReader;
import com.truereach.ingest.formats.LinkedInContentReader;
import com.truereach.ingest.formats.LinkedInFollowersReader;
import com.truereach.ingest.formats.LinkedInVisitorsReader;
import com.truereach.ingest.formats.MetaAudienceReader;
import com.truereach.ingest.formats.MetaInsightsReader;
import com.truereach.ingest.formats.MetaPostsReader;
import com.truereach.ingest.formats.ShopifyOrdersReader;
import com.truereach.ingest.formats.StripePaymentsReader;
import com.truereach.ingest.formats.TikTokBusinessFollowersReader;
import com.truereach.ingest.formats.TikTokBusinessOverviewReader;
import com.truereach.ingest.formats.TikTokStudioContentReader;
import com.truereach.ingest.formats.TikTokStudioDailyReader;
import com.truereach.ingest.formats.XArchiveFollowsReader;
import com.truereach.ingest.formats.XDailyTweetActivityReader;
import com.truereach.ingest.formats.XPremiumContentReader;
import com.truereach.ingest.formats.XPremiumOverviewReader;
import com.truereach.ingest.formats.XTweetActivityReader;
import com.truereach.ingest.formats.YouTubeChartDataReader;
import com.truereach.ingest.formats.YouTubeTableDataReader;
import com.truereach.ingest.formats.YouTubeTotalsReader;

/** Every format TrueReach reads. A new format is one new {@link FormatReader} and one line here. */
public final class FormatRegistry {

	private final List<FormatReader> readers;

	public FormatRegistry(List<FormatReader> readers) {
		this.readers = List.copyOf(readers);
	}

	public static FormatRegistry standard() {
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
				new TikTokStudioDailyReader(),
				new TikTokStudioContentReader(),
				new TikTokBusinessOverviewReader(),
				new TikTokBusinessFollowersReader(),
				new YouTubeTotalsReader(),
				new YouTubeTableDataReader(),
				new YouTubeChartDataReader(),
				new FollowerProfileCsvReader(),
				new FollowerProfileJsonLinesReader()));
	}

	public List<FormatReader> readers() {
		return readers;
	}

	/** The reader that recognises the preview; the first registered wins when two would. */
	public Optional<FormatReader> detect(Preview preview) {
		return readers.stream().filter(reader -> reader.recognises(preview)).findFirst();
	}

	public Optional<FormatReader> byId(String id) {
		return readers.stream().filter(reader -> reader.id().equals(id)).findFirst();
	}

	/** One line per known format, for the message about a file nobody recognises. */
	public String knownFormats() {
		return readers.stream().map(r -> r.id() + " (" + r.description() + ")").collect(Collectors.joining("; "));
	}
}
