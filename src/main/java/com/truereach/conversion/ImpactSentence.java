package com.truereach.conversion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An episode's revenue impact in one sentence an owner reads: "The ~5,000 followers bought on
 * 2026-10-10 cost about 75 USD; revenue in the 28 days after was 1,210 USD against 1,190 [980, 1,400]
 * expected: no measurable lift." Amounts are rounded to whole units only here.
 */
final class ImpactSentence {

	private ImpactSentence() {
	}

	static String of(EpisodeImpact.Result result) {
		EpisodeImpact.Episode episode = result.episode();
		StringBuilder sentence = new StringBuilder(subject(episode));
		if (episode.cost() != null) {
			sentence.append(" cost about ").append(amount(episode.cost().doubleValue())).append(' ')
				.append(episode.costCurrency());
		}
		sentence.append(episode.cost() != null ? "; " : ": ");
		if (!result.estimated()) {
			return sentence.append("no revenue impact can be given: ").append(result.reason()).append('.').toString();
		}
		String currency = result.currency().isEmpty() ? "" : " " + result.currency();
		sentence.append("revenue in the ")
			.append(EpisodeImpact.AFTER_DAYS)
			.append(" days after was ")
			.append(amount(result.observed()))
			.append(currency)
			.append(" against ")
			.append(amount(result.expected()))
			.append(" [")
			.append(amount(result.low()))
			.append(", ")
			.append(amount(result.high()))
			.append("] expected: ");
		if (result.liftLow() > 0) {
			sentence.append("about ").append(amount(result.lift())).append(currency).append(" more than expected [")
				.append(amount(result.liftLow())).append(", ").append(amount(result.liftHigh())).append(']');
		}
		else if (result.liftHigh() < 0) {
			sentence.append("about ").append(amount(-result.lift())).append(currency).append(" less than expected [")
				.append(amount(-result.liftHigh())).append(", ").append(amount(-result.liftLow())).append(']');
		}
		else {
			sentence.append("no measurable lift");
		}
		return sentence.append('.').toString();
	}

	private static String subject(EpisodeImpact.Episode episode) {
		String when = episode.from().equals(episode.to()) ? "on " + episode.from()
				: "from " + episode.from() + " to " + episode.to();
		String followers = episode.followers() == null ? "followers"
				: "~" + approximately(episode.followers()) + " followers";
		return switch (episode.kind()) {
			case BOUGHT -> "The " + followers + " bought " + when;
			case SPIKE -> "The spike of " + followers + " " + when;
		};
	}

	private static String amount(double value) {
		return String.format(Locale.ROOT, "%,d", Math.round(value));
	}

	/** A follower count as the flag estimates it, to two significant digits: 5,001 -> 5,000. */
	private static String approximately(long count) {
		return amount(new BigDecimal(count).round(new MathContext(2, RoundingMode.HALF_EVEN)).doubleValue());
	}
}
