package com.truereach.tooling.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerProfile;
import com.truereach.domain.Reject;
import com.truereach.quality.profile.LabelledProfile;
import com.truereach.tooling.training.LabelledProfileReader.LabelledSet;

class LabelledProfileReaderTest {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/quality-profiles");

	@Test
	void readsProfilesByColumnNameAndRejectsBadRowsWithTheirPlace() throws IOException {
		LabelledSet set = LabelledProfileReader.read(List.of(FIXTURES.resolve("labelled.csv")));
		// 5 data rows (the blank line is not a row): 3 accepted + 2 rejected
		assertThat(set.profiles()).hasSize(3);
		assertThat(set.fakes()).isEqualTo(2);
		FollowerProfile anna = set.profiles().get(0).profile();
		assertThat(anna).isEqualTo(new FollowerProfile("101", "Anna Bianchi", "annab", 1234L, 310L, 280L, 45L, 3L,
				"http://anna.example", "Rome, Italy", false, false, true, false, "Teacher, reader"));
		assertThat(set.profiles().get(0).fake()).isFalse();
		assertThat(set.profiles().get(0).line()).isEqualTo(2);
		FollowerProfile bought = set.profiles().get(1).profile();
		assertThat(bought.url()).isEmpty();
		assertThat(bought.defaultProfile()).isTrue();
		assertThat(bought.defaultProfileImage()).isTrue();
		// 1/0 flags, an empty geo_enabled and an upper-case label are read too; the row is on line 7 after the blank line 6
		LabelledProfile flags = set.profiles().get(2);
		assertThat(flags.profile().defaultProfile()).isTrue();
		assertThat(flags.profile().defaultProfileImage()).isFalse();
		assertThat(flags.profile().geoEnabled()).isFalse();
		assertThat(flags.fake()).isTrue();
		assertThat(flags.line()).isEqualTo(7);
		assertThat(set.rejects()).extracting(Reject::line, Reject::column, Reject::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "statuses_count", "many"),
					org.assertj.core.groups.Tuple.tuple(5L, "label", "bot"));
		assertThat(set.rejects().get(1).message()).endsWith("labelled.csv:5 column 'label' value 'bot': label must be 'human' or 'fake'");
	}

	@Test
	void missingColumnsAreNotExportedNotZero() throws IOException {
		LabelledSet set = LabelledProfileReader.read(List.of(FIXTURES.resolve("few-columns.csv")));
		FollowerProfile lurker = set.profiles().get(0).profile();
		assertThat(lurker.screenName()).isEqualTo("lurker");
		assertThat(lurker.followers()).isEqualTo(12L);
		assertThat(lurker.statuses()).isNull();
		assertThat(lurker.description()).isNull();
		assertThat(lurker.url()).isNull();
		assertThat(SingleRule.STATUSES_50.isFake(lurker)).isFalse();
		assertThat(SingleRule.FOLLOWERS_30.isFake(lurker)).isTrue();
	}

	@Test
	void aFileWithoutLabelsIsRefusedByName() {
		assertThatThrownBy(() -> LabelledProfileReader.read(List.of(FIXTURES.resolve("unlabelled.csv"))))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("unlabelled.csv")
			.hasMessageContaining("no 'label' column");
	}
}
