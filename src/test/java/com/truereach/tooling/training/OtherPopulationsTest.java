package com.truereach.tooling.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.truereach.quality.profile.Confusion;
import com.truereach.quality.profile.LabelledProfile;
import com.truereach.quality.profile.LogisticModel;
import com.truereach.quality.profile.ProfileClassifier;
import com.truereach.quality.profile.ShippedModel;

/**
 * How the shipped model and the rule sets hold up when humans or fakes look unlike the two
 * training files. The tables are printed for the report; only what any sensible classifier
 * must do is asserted, since the synthetic populations are guesses.
 */
class OtherPopulationsTest {

	private static final Path CRESCI = Path.of("../shared/data/cresci2015");

	private static final long SEED = 42;

	private static List<LabelledProfile> humans;

	private static List<LabelledProfile> fakes;

	private static final LogisticModel MODEL = ShippedModel.load();

	@BeforeAll
	static void read() throws IOException {
		assumeTrue(Files.isDirectory(CRESCI), "Cresci 2015 data not present");
		List<LabelledProfile> rows = LabelledProfileReader
			.read(List.of(CRESCI.resolve("e13_humans.csv"), CRESCI.resolve("int_fakes.csv")))
			.profiles();
		humans = rows.stream().filter(r -> !r.fake()).toList();
		fakes = rows.stream().filter(LabelledProfile::fake).toList();
	}

	@Test
	void theGeneratorIsDeterministicAndChangesWhatItSays() {
		List<LabelledProfile> disguised = OtherPopulations.disguisedFakes(fakes, SEED);
		assertThat(disguised).isEqualTo(OtherPopulations.disguisedFakes(fakes, SEED));
		assertThat(disguised).allSatisfy(row -> {
			assertThat(row.fake()).isTrue();
			assertThat(row.profile().description()).isNotBlank();
			assertThat(row.profile().followers()).isBetween(50L, 399L);
			assertThat(row.profile().statuses()).isBetween(100L, 1999L);
		});
		assertThat(OtherPopulations.lowActivityHumans(humans, SEED)).allSatisfy(row -> {
			assertThat(row.fake()).isFalse();
			assertThat(row.profile().listed()).isZero();
		});
	}

	@Test
	void cruderVendorsAreStillCaught() {
		Confusion confusion = Confusion.of(MODEL, combine(humans, OtherPopulations.emptyFakes(fakes, SEED)));
		print("real humans vs never-posted fakes", humans, OtherPopulations.emptyFakes(fakes, SEED));
		assertThat(confusion.recall()).isGreaterThan(0.95);
	}

	@Test
	void reportHowTheModelHoldsUpOnOtherPopulations() {
		Confusion real = Confusion.of(MODEL, combine(humans, fakes));
		Confusion dressed = print("real humans vs dressed fakes (bio, 30-120 followers)", humans,
				OtherPopulations.dressedFakes(fakes, SEED));
		Confusion disguised = print("real humans vs disguised fakes (bio, followers, tweets)", humans,
				OtherPopulations.disguisedFakes(fakes, SEED));
		print("low-activity humans vs real fakes", OtherPopulations.lowActivityHumans(humans, SEED), fakes);
		print("casual humans (large-account followers) vs real fakes", OtherPopulations.casualHumans(humans, SEED),
				fakes);
		// the more a fake looks like a person, the fewer are caught
		assertThat(dressed.recall()).isLessThan(real.recall());
		assertThat(disguised.recall()).isLessThan(dressed.recall());
	}

	private static Confusion print(String title, List<LabelledProfile> people, List<LabelledProfile> bought) {
		List<LabelledProfile> rows = combine(people, bought);
		List<AuditEvaluation.Line> lines = new ArrayList<>();
		for (ProfileClassifier classifier : AuditEvaluation.baselines()) {
			lines.add(new AuditEvaluation.Line(classifier.name(), title, Confusion.of(classifier, rows)));
		}
		Confusion model = Confusion.of(MODEL, rows);
		lines.add(new AuditEvaluation.Line(MODEL.name() + " (shipped)", title, model));
		System.out.println("== " + title + "\n" + AuditEvaluation.table(lines));
		return model;
	}

	private static List<LabelledProfile> combine(List<LabelledProfile> a, List<LabelledProfile> b) {
		List<LabelledProfile> rows = new ArrayList<>(a);
		rows.addAll(b);
		return rows;
	}
}
