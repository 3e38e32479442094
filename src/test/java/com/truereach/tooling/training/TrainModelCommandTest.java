package com.truereach.tooling.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.quality.profile.LogisticModel;
import com.truereach.quality.profile.ShippedModel;

class TrainModelCommandTest {

	@Test
	void retrainingOnCresciReproducesTheShippedResourceByteForByte(@TempDir Path dir) throws IOException {
		assumeTrue(Files.isRegularFile(AuditEvalCommandTest.HUMANS) && Files.isRegularFile(AuditEvalCommandTest.FAKES),
				"Cresci 2015 data not present");
		Path out = dir.resolve("model.json");
		AuditEvalCommandTest.Run run = AuditEvalCommandTest.run("train-model", "--out", out.toString(),
				AuditEvalCommandTest.HUMANS.toString(), AuditEvalCommandTest.FAKES.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(out).hasSameTextualContentAs(Path.of("src/main/resources/model/fake-follower-model.json"));
	}

	@Test
	void writesAReadableModelWithItsTrainingDescription(@TempDir Path dir) throws IOException {
		Path data = dir.resolve("labelled.csv");
		StringBuilder csv = new StringBuilder("screen_name,statuses_count,followers_count,friends_count,label\n");
		for (int i = 0; i < 10; i++) {
			csv.append("human").append(i).append(',').append(800 + i).append(',').append(150 + i).append(",200,human\n");
			csv.append("farm").append(i).append(',').append(10 + i).append(',').append(3 + i).append(",600,fake\n");
		}
		Files.writeString(data, csv);
		Path out = dir.resolve("sub/model.json");
		AuditEvalCommandTest.Run run = AuditEvalCommandTest.run("train-model", "--out", out.toString(), data.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("wrote " + out);
		LogisticModel model = ShippedModel.read(out);
		assertThat(model.training().files()).containsExactly("labelled.csv");
		assertThat(model.training().rows()).isEqualTo(20);
		assertThat(model.metrics()).containsKeys("crossValidated", "trainingRows");
		// perfectly separated toy data: every fold's model gets every held-out row right
		assertThat(model.metrics().get("crossValidated").mcc()).isEqualTo(1.0);
		assertThat(Files.readString(out)).contains("\"feature\" : \"log1p_friends_per_followers_squared\"");
	}
}
