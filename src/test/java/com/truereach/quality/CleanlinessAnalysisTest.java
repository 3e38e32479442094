package com.truereach.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Platform;

class CleanlinessAnalysisTest {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	private static final LocalDate TO = LocalDate.of(2026, 4, 30);

	private static final LocalDate BUY = LocalDate.of(2026, 3, 14);

	private static AccountQuality analyse(AccountSeries series, Map<String, SampleEstimate> samples) {
		return CleanlinessAnalysis.analyse(List.of(series), FROM, TO, samples).get(series.accountId());
	}

	private static QualityDay day(AccountQuality quality, LocalDate day) {
		return quality.days().stream().filter(d -> d.day().equals(day)).findFirst().orElseThrow();
	}

	@Test
	void healthyConstantAccountScoresHighWithoutFlags() {
		AccountQuality quality = analyse(new SyntheticSeries(START, TO, 20_000).build("steady", Platform.X), Map.of());

		assertThat(quality.flags()).isEmpty();
		assertThat(quality.days()).hasSize(61).allSatisfy(day -> {
			assertThat(day.suspectBought()).isZero();
			assertThat(day.suspectInactive()).isZero();
			assertThat(day.clean()).isEqualTo(day.reported());
			assertThat(day.flagged()).isFalse();
		});
		// growth 100; engagement about 60 / 1.33 posts / 21,000 = 0.21% >> 0.035% -> 100;
		// reach per follower: reach flat while followers grow from ~20,000 to ~22,400 -> about 0.9
		assertThat(quality.components()).extracting(ScoreComponent::name)
			.containsExactly("growth authenticity", "engagement vs baseline", "reach per follower trend");
		assertThat(quality.score()).isGreaterThanOrEqualTo(80);
	}

	@Test
	void purchaseIsFlaggedAndCountedUntilItLeaves() {
		SyntheticSeries synthetic = new SyntheticSeries(START, TO, 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000).addEach(synthetic.lost, BUY.plusDays(2), 25, 50);

		AccountQuality quality = analyse(synthetic.build("bought", Platform.X), Map.of());

		Flag flag = quality.flags().stream().filter(f -> f.kind() == FlagKind.BOUGHT_FOLLOWERS).findFirst().orElseThrow();
		assertThat(flag.from()).isBetween(BUY.minusDays(1), BUY.plusDays(1));
		assertThat(flag.evidence().get("bought").longValue()).isBetween(4_000L, 6_000L);
		assertThat(flag.evidence().get("lostSince").longValue()).isBetween(1_000L, 1_500L);
		assertThat(flag.sentence()).startsWith("On 2026-03-14 followers jumped by +5,0")
			.contains("posts, reach, impressions and profile visits stayed at their usual level", "have left since.");
		// 21,000 followers -> 26,000 with flat interactions: rate falls to about 21 / 26 = 0.8x of before
		assertThat(quality.flags()).extracting(Flag::kind).contains(FlagKind.ENGAGEMENT_DECOUPLING);
		assertThat(day(quality, BUY).flagged()).isTrue();
		assertThat(day(quality, BUY.minusDays(1)).suspectBought()).isZero();
		QualityDay last = day(quality, TO);
		long bought = flag.evidence().get("bought").longValue() - flag.evidence().get("lostSince").longValue();
		assertThat(last.suspectBought()).isEqualTo(bought);
		assertThat(last.clean()).isEqualTo(last.reported() - last.suspectBought() - last.suspectFake() - last.suspectInactive());
		// about 3,750 of about 24,500 still bought: share ~0.15 -> growth about 100 * (1 - 0.3) = 70
		assertThat(quality.components().get(0).value()).isBetween(65, 75);
	}

	@Test
	void viralGrowthWithMorePostsAndReachIsAnOrganicSpikeNotBought() {
		SyntheticSeries synthetic = new SyntheticSeries(START, TO, 20_000);
		synthetic.add(synthetic.gained, BUY, 3_000).add(synthetic.gained, BUY.plusDays(1), 1_500)
			.add(synthetic.posts, BUY, 3).addEach(synthetic.reach, BUY, 2, 27_000).addEach(synthetic.visits, BUY, 2, 700)
			.addEach(synthetic.engagements, BUY, 2, 600);

		AccountQuality quality = analyse(synthetic.build("viral", Platform.X), Map.of());

		assertThat(quality.flags()).singleElement().satisfies(flag -> {
			assertThat(flag.kind()).isEqualTo(FlagKind.ORGANIC_SPIKE);
			assertThat(flag.from()).isEqualTo(BUY);
			assertThat(flag.to()).isEqualTo(BUY.plusDays(1));
			assertThat(flag.evidence().get("gain").longValue()).isGreaterThanOrEqualTo(4_500);
			assertThat(flag.sentence()).contains("followers jumped by +4,5").contains("with posts ")
				.contains(" and profile visits ").endsWith("their usual level that day or the day before: "
						+ "growth the account earned, not bought.");
		});
		assertThat(quality.days()).allSatisfy(day -> assertThat(day.suspectBought()).isZero());
	}

	@Test
	void purgeDayIsNotBlamedOnTheAccount() {
		List<AccountSeries> accounts = PurgeDetectorTest.accounts(Platform.X, 5, 4);
		LocalDate purge = LocalDate.of(2026, 3, 20);

		Map<String, AccountQuality> result = CleanlinessAnalysis.analyse(accounts, FROM, TO, Map.of());

		assertThat(result).hasSize(5);
		// the fifth account did not drop: the platform's purge is not its finding
		assertThat(result.get("X4").flags()).isEmpty();
		AccountQuality quality = result.get("X0");
		assertThat(quality.flags()).singleElement().satisfies(flag -> {
			assertThat(flag.kind()).isEqualTo(FlagKind.PLATFORM_PURGE);
			assertThat(flag.from()).isEqualTo(purge);
			assertThat(flag.evidence().get("accountsAffected")).isEqualTo(4);
			assertThat(flag.sentence()).contains("platform-wide X purge", "not the account's doing");
		});
		assertThat(day(quality, purge).flagged()).isTrue();
		assertThat(quality.days()).allSatisfy(day -> assertThat(day.suspectBought()).isZero());
		assertThat(quality.components().get(0).value()).isEqualTo(100);
	}

	/** What the job's partitions do: purges tallied account by account, then each account analysed on its own. */
	@Test
	void accountsAnalysedApartAgainstTalliedPurgesGiveTheWholeAnalysis() {
		List<AccountSeries> accounts = new ArrayList<>(PurgeDetectorTest.accounts(Platform.X, 5, 4));
		accounts.addAll(PurgeDetectorTest.accounts(Platform.INSTAGRAM, 3, 1));
		Map<String, AccountQuality> whole = CleanlinessAnalysis.analyse(accounts, FROM, TO, Map.of());

		PurgeDetector.Tallies tallies = new PurgeDetector.Tallies();
		accounts.forEach(account -> CleanlinessAnalysis.tally(tallies, account, TO));
		List<PurgeDay> purges = tallies.purges();

		assertThat(purges).extracting(PurgeDay::platform).containsExactly(Platform.X);
		for (AccountSeries account : accounts) {
			assertThat(CleanlinessAnalysis.analyseOne(account, purges, FROM, TO, FollowerEvidence.NONE))
				.as(account.accountId())
				.isEqualTo(whole.get(account.accountId()));
		}
		assertThat(whole.get("X0").flags()).extracting(Flag::kind).containsExactly(FlagKind.PLATFORM_PURGE);
	}

	@Test
	void announcedPurgeDoesNotCountAsLossOfBoughtFollowers() {
		LocalDate start = LocalDate.of(2018, 4, 1);
		LocalDate buy = LocalDate.of(2018, 6, 20);
		LocalDate purge = LocalDate.of(2018, 7, 12);
		SyntheticSeries synthetic = new SyntheticSeries(start, LocalDate.of(2018, 7, 31), 25_000);
		synthetic.add(synthetic.gained, buy, 2_000).add(synthetic.lost, purge, 1_600);

		AccountQuality quality = CleanlinessAnalysis
			.analyse(List.of(synthetic.build("x", Platform.X)), LocalDate.of(2018, 6, 1), LocalDate.of(2018, 7, 31), Map.of())
			.get("x");

		assertThat(quality.flags()).extracting(Flag::kind).contains(FlagKind.BOUGHT_FOLLOWERS, FlagKind.PLATFORM_PURGE);
		Flag purgeFlag = quality.flags().stream().filter(f -> f.kind() == FlagKind.PLATFORM_PURGE).findFirst().orElseThrow();
		assertThat(purgeFlag.sentence()).contains("an announced clean-up date");
		// the 1,600 purged are not taken from the ~2,000 bought: only the weekly wobble moves the remainder
		long remaining = day(quality, LocalDate.of(2018, 7, 31)).suspectBought();
		assertThat(remaining).isGreaterThan(1_900);
	}

	@Test
	void sampleFakesAreAddedOnlyBeyondTheBoughtFollowers() {
		SyntheticSeries synthetic = new SyntheticSeries(START, TO, 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000);
		AccountSeries series = synthetic.build("s", Platform.X);

		SampleEstimate small = new SampleEstimate(100, 10, 0.1, 0.06, 0.17, "rules", "Wilson");
		SampleEstimate large = new SampleEstimate(100, 30, 0.3, 0.22, 0.40, "rules", "Wilson");
		QualityDay withSmall = day(analyse(series, Map.of("s", small)), TO);
		AccountQuality withLargeQuality = analyse(series, Map.of("s", large));
		QualityDay withLarge = day(withLargeQuality, TO);

		// a week nets 7 * (40 - 20) + 2 (gain wobble) - 1 (loss wobble, halved and truncated) = 141; 1 Jan..30 Apr is
		// 17 weeks + 1 day netting 40 - (20 + 4) = 16: reported = 20,000 + 17 * 141 + 16 + 5,000 = 27,413
		long reported = withLarge.reported();
		assertThat(reported).isEqualTo(27_413L);
		// 0.1 * 27,413 = 2,741 < ~5,000 bought -> no fakes beyond the bought ones
		assertThat(withSmall.suspectFake()).isZero();
		// 0.3 * 27,413 = 8,224 minus the ~5,000 bought still present
		assertThat(withLarge.suspectFake()).isEqualTo(8_224 - withLarge.suspectBought()).isBetween(3_100L, 3_350L);
		// sample component: 100 * (1 - 0.3 / 0.5) = 40
		assertThat(withLargeQuality.components()).filteredOn(c -> c.name().equals("sample fake share"))
			.singleElement()
			.extracting(ScoreComponent::value)
			.isEqualTo(40);
	}

	/**
	 * The March re-run: the sample was taken on 30 April, after the purchase of 14 March; a range
	 * of 1-10 March ends before the sample's day and before the purchase, so it gets neither fakes
	 * from the sample nor bought followers, and a flag says why.
	 */
	@Test
	void aRangeEndingBeforeTheSampleTakesNoFakeShareFromIt() {
		SyntheticSeries synthetic = new SyntheticSeries(START, TO, 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000);
		SampleEstimate sample = new SampleEstimate(200, 51, 0.255, 0.20, 0.32, "model", "Wilson");
		LocalDate march10 = LocalDate.of(2026, 3, 10);

		AccountQuality quality = CleanlinessAnalysis.analyseWith(List.of(synthetic.build("ig", Platform.INSTAGRAM)), FROM,
				march10, Map.of("ig", new FollowerEvidence(sample, TO, null, null))).get("ig");

		assertThat(quality.days()).hasSize(10).allSatisfy(day -> {
			assertThat(day.suspectFake()).isZero();
			assertThat(day.suspectBought()).isZero();
			assertThat(day.clean()).isEqualTo(day.reported() - day.suspectInactive());
		});
		assertThat(quality.components()).extracting(ScoreComponent::name).doesNotContain("sample fake share");
		Flag flag = quality.flags().stream().filter(f -> f.kind() == FlagKind.SAMPLE_AFTER_RANGE).findFirst().orElseThrow();
		assertThat(flag.sentence()).isEqualTo("The follower sample (51 of 200 fake, 26%) was taken on 2026-04-30, after "
				+ "this range ends on 2026-03-10; it describes the followers of that day, so no fake share is taken from it here.");
	}

	/**
	 * A sample taken the day before the purchase found 30% fake among followers none of whom
	 * were bought: the share of the followers not bought is 0.3, and every day gets 0.3 of its
	 * followers not bought, the bought ones never counted as fakes before they arrived.
	 */
	@Test
	void aSampleDescribesItsOwnDay() {
		SyntheticSeries synthetic = new SyntheticSeries(START, TO, 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000);
		SampleEstimate sample = new SampleEstimate(100, 30, 0.3, 0.22, 0.40, "rules", "Wilson");

		AccountQuality quality = CleanlinessAnalysis.analyseWith(List.of(synthetic.build("s", Platform.X)), FROM, TO,
				Map.of("s", new FollowerEvidence(sample, BUY.minusDays(1), null, null))).get("s");

		for (LocalDate day : List.of(FROM, BUY.minusDays(1), BUY, TO)) {
			QualityDay q = day(quality, day);
			assertThat(q.suspectFake()).as(day.toString()).isEqualTo(Math.round(0.3 * (q.reported() - q.suspectBought())));
		}
		assertThat(day(quality, BUY.minusDays(1)).suspectBought()).isZero();
		assertThat(quality.flags()).extracting(Flag::kind).doesNotContain(FlagKind.SAMPLE_AFTER_RANGE);
	}

	/**
	 * A trailing baseline needs 14 days of the series: a jump on its 5th day is never measured
	 * against "the usual 0 a day" of days nobody observed; the same jump on its 15th day is.
	 */
	@Test
	void noBoughtFlagUntilTheBaselineHoldsFourteenDays() {
		SyntheticSeries early = new SyntheticSeries(FROM, TO, 20_000);
		early.add(early.gained, FROM.plusDays(4), 5_000);
		SyntheticSeries later = new SyntheticSeries(FROM, TO, 20_000);
		later.add(later.gained, FROM.plusDays(14), 5_000);

		assertThat(analyse(early.build("early", Platform.X), Map.of()).flags()).extracting(Flag::kind)
			.doesNotContain(FlagKind.BOUGHT_FOLLOWERS);
		assertThat(analyse(later.build("later", Platform.X), Map.of()).flags()).filteredOn(
				f -> f.kind() == FlagKind.BOUGHT_FOLLOWERS)
			.singleElement()
			.satisfies(flag -> assertThat(flag.from()).isEqualTo(FROM.plusDays(14)));
	}

	@Test
	void sampleFakesBeforeAPurchaseAreTheShareOfTheFollowersNotBought() {
		SyntheticSeries synthetic = new SyntheticSeries(START, TO, 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000);
		SampleEstimate large = new SampleEstimate(100, 30, 0.3, 0.22, 0.40, "rules", "Wilson");

		AccountQuality quality = analyse(synthetic.build("s", Platform.X), Map.of("s", large));

		QualityDay last = day(quality, TO);
		// at the end the other fakes are 0.3 * reported - bought, a share of the followers not bought
		double share = (0.3 * last.reported() - last.suspectBought()) / (last.reported() - last.suspectBought());
		QualityDay before = day(quality, BUY.minusDays(1));
		QualityDay after = day(quality, BUY);
		assertThat(before.suspectBought()).isZero();
		assertThat(before.suspectFake()).isEqualTo(Math.round(share * before.reported()));
		// the purchase adds bought followers, not clean ones: clean moves by the day's organic gain only
		assertThat(Math.abs(after.clean() - before.clean())).isLessThan(100);
	}

	@Test
	void inactiveAudienceAgainstTheBaseline() {
		// Instagram baseline 0.47%: about 60 interactions / 1.33 posts / 21,000 = 0.21% -> share about 1 - 0.46 = 0.54
		AccountQuality quality = analyse(new SyntheticSeries(START, TO, 20_000).build("ig", Platform.INSTAGRAM), Map.of());

		Flag flag = quality.flags().stream().filter(f -> f.kind() == FlagKind.INACTIVE_AUDIENCE).findFirst().orElseThrow();
		double share = flag.evidence().get("inactiveShare").doubleValue();
		assertThat(share).isBetween(0.5, 0.6);
		QualityDay last = day(quality, TO);
		assertThat(last.suspectInactive()).isEqualTo(Math.round(share * last.reported()));
		assertThat(flag.sentence()).contains("Instagram median of 0.47%", "Rival IQ 2023", "look inactive");
	}

	@Test
	void relativeTotalsAreFlaggedAndLeaveLevelsUnknown() {
		SyntheticSeries synthetic = new SyntheticSeries(START, TO, 0);
		synthetic.add(synthetic.gained, BUY, 5_000);

		AccountQuality quality = analyse(synthetic.build("rel", Platform.LINKEDIN, true), Map.of());

		assertThat(quality.flags()).extracting(Flag::kind).contains(FlagKind.RELATIVE_TOTALS, FlagKind.BOUGHT_FOLLOWERS);
		assertThat(quality.days()).allSatisfy(day -> {
			assertThat(day.reported()).isNull();
			assertThat(day.clean()).isNull();
		});
		assertThat(day(quality, TO).suspectBought()).isBetween(4_900L, 5_100L);
		assertThat(quality.components()).extracting(ScoreComponent::name).containsExactly("growth authenticity");
	}

	@Test
	void daysAreOnlyThoseOfTheReport() {
		List<AccountSeries> accounts = new ArrayList<>();
		accounts.add(new SyntheticSeries(START, TO.plusDays(10), 20_000).build("a", Platform.X));
		AccountQuality quality = CleanlinessAnalysis.analyse(accounts, FROM, TO, Map.of()).get("a");
		assertThat(quality.days()).first().extracting(QualityDay::day).isEqualTo(FROM);
		assertThat(quality.days()).last().extracting(QualityDay::day).isEqualTo(TO);
	}

	@Test
	void accountWithoutDataGetsUnknownDays() {
		AccountQuality quality = analyse(new AccountSeries("empty", Platform.X, List.of(), false), Map.of());
		assertThat(quality.days()).hasSize(61).allSatisfy(day -> {
			assertThat(day.reported()).isNull();
			assertThat(day.suspectBought()).isZero();
		});
		assertThat(quality.flags()).isEmpty();
		assertThat(quality.score()).isEqualTo(100);
	}
}
