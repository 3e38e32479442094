package com.truereach.tooling.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Simulates an account's days. Reach, engagement, visits and clicks come from ORGANIC followers
 * and posts only: bought followers add to the total and nothing else, which is exactly what
 * the job has to notice. A viral post lifts reach first and follows second, decaying day by day.
 */
final class Simulator {

	private Simulator() {
	}

	static DailySeries simulate(AccountSpec spec, LocalDate first, int days, long seed) {
		SplittableRandom r = Noise.rng(seed, spec.id() + "/series");
		DailySeries s = new DailySeries(spec, first, days);
		int boughtDay = spec.bought() == null ? -1 : s.index(spec.bought().day());
		int viralDay = spec.viral() == null ? -1 : s.index(spec.viral().day());
		int[] boughtLoss = boughtLoss(spec.bought());
		for (int i = 0; i < days; i++) {
			LocalDate day = s.day(i);
			double chance = spec.postsPerWeek() / 7 * (Noise.weekend(day) ? 0.6 : 1.16);
			s.posts[i] = r.nextDouble() < chance ? (r.nextDouble() < 0.1 ? 2 : 1) : 0;
		}
		if (boughtDay >= 0 && boughtDay < days) {
			// bought followers arrive without a post to explain them
			s.posts[boughtDay] = 0;
		}
		if (viralDay >= 0 && viralDay < days) {
			s.posts[viralDay] = 1;
		}
		int organic = spec.startFollowers();
		int bought = 0;
		for (int i = 0; i < days; i++) {
			LocalDate day = s.day(i);
			double week = Noise.weekday(day);
			double push = s.posts[i] + (i > 0 ? 0.35 * s.posts[i - 1] : 0) + (i > 1 ? 0.12 * s.posts[i - 2] : 0);
			double viral = viralDay >= 0 && i >= viralDay
					? 1 + (spec.viral().factor() - 1) * Math.pow(0.58, i - viralDay) : 1;
			double viralFollows = viral > 1.05 ? (viral - 1) * spec.viral().followsPerFactor() : 0;
			int gain = Noise.poisson(r, spec.gainsPerDay() * week * (0.72 + 0.4 * push) + viralFollows);
			int loss = Noise.poisson(r, spec.churnPerDay() * organic);
			organic += gain - loss;
			if (i == boughtDay) {
				bought += spec.bought().size();
				gain += spec.bought().size();
			}
			if (boughtDay >= 0 && i > boughtDay && i - boughtDay - 1 < boughtLoss.length) {
				int purged = boughtLoss[i - boughtDay - 1];
				bought -= purged;
				loss += purged;
			}
			s.followers[i] = organic + bought;
			s.bought[i] = bought;
			s.gained[i] = gain;
			s.lost[i] = loss;
			double reach = organic * spec.reachPerFollower() * (0.3 + push) * week * Noise.logNormal(r, 0.22) * viral;
			s.reach[i] = Math.round(reach);
			s.impressions[i] = Math.round(reach * (1.3 + 0.3 * r.nextDouble()));
			s.views[i] = Math.round(s.impressions[i] * (1.05 + 0.25 * r.nextDouble()));
			double interactions = organic * spec.interactionsPerFollower() * (0.08 + push) * week
					* Noise.logNormal(r, 0.3) * Math.pow(viral, 0.9);
			int total = (int) Math.round(interactions);
			s.comments[i] = (int) Math.round(total * (0.07 + 0.04 * r.nextDouble()));
			s.shares[i] = (int) Math.round(total * (0.06 + 0.04 * r.nextDouble()));
			s.saves[i] = (int) Math.round(total * (0.05 + 0.05 * r.nextDouble()));
			s.likes[i] = Math.max(0, total - s.comments[i] - s.shares[i] - s.saves[i]);
			// a viral audience visits the profile less often per view than the regular one
			s.profileVisits[i] = Noise.poisson(r, reach * 0.011 * Noise.logNormal(r, 0.2) * Math.pow(viral, -0.3));
			s.linkClicks[i] = Noise.poisson(r, s.profileVisits[i] * 0.07 + total * 0.004);
		}
		return s;
	}

	/** How many bought followers the platform removes on each day after the purchase: fast first, then slower. */
	private static int[] boughtLoss(AccountSpec.Bought bought) {
		if (bought == null) {
			return new int[0];
		}
		int total = (int) Math.round(bought.size() * bought.lossShare());
		double[] weights = new double[bought.lossDays()];
		double sum = 0;
		for (int k = 0; k < weights.length; k++) {
			weights[k] = Math.exp(-k / (bought.lossDays() / 3.0));
			sum += weights[k];
		}
		int[] loss = new int[weights.length];
		double cumulative = 0;
		int given = 0;
		for (int k = 0; k < weights.length; k++) {
			cumulative += weights[k] / sum * total;
			loss[k] = (int) Math.round(cumulative) - given;
			given += loss[k];
		}
		return loss;
	}
}
