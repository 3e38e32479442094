package com.truereach.ingest.formats;

import static com.truereach.ingest.formats.StudioFixtures.copy;
import static com.truereach.ingest.formats.StudioFixtures.parseOne;
import static com.truereach.ingest.formats.StudioFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.domain.FollowerProfile;
import com.truereach.domain.Reject;
import com.truereach.ingest.ParsedFile;

class FollowerProfileReadersTest {

	@TempDir
	Path dir;

	@Test
	void csvColumnsAreReadByNameInAnyOrderAndMissingOnesAreTolerated() throws Exception {
		ParsedFile parsed = parseOne(copy("profiles/sample.csv", dir, "audit_export.csv"));

		assertThat(parsed.format().id()).isEqualTo("follower-profiles-csv");
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		// 1 / 0 / TRUE are booleans; favourites_count and listed_count are not in this export
		assertThat(parsed.profiles()).containsExactly(
				new FollowerProfile("3610511", null, "braddd", 20370L, 5470L, 2385L, null, null, null, "Roma", false,
						true, false, true, "Founder, movie lover"),
				new FollowerProfile("370098498", null, "pirfectmoses", 24L, 4L, 588L, null, null, null, null, true,
						false, false, false, null));
	}

	@Test
	void jsonLinesReadNumbersAndStringsAlikeAndKeepBigIdsExact() throws Exception {
		ParsedFile parsed = parseOne(copy("profiles/sample.jsonl", dir, "sample.txt"));

		assertThat(parsed.format().id()).isEqualTo("follower-profiles-jsonl");
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.profiles()).containsExactly(
				new FollowerProfile("370098498", null, "pirfectmoses", null, 4L, 588L, 16L, 0L, null, null, true, false,
						false, false, null),
				new FollowerProfile("1234567890123456789", null, "bsknair1967", null, 57L, 693L, null, null, null,
						"Kuwait", false, false, true, false, null));
	}

	@Test
	void unreadableRecordsAreRejectedWithLineColumnAndReason() {
		ParsedFile csv = parseText("s.csv", """
				id,screen_name,followers_count,friends_count,verified
				1,a,1,2,false
				2,b,-1,2,false
				3,c,1,2,maybe
				,,1,2,false
				""");
		ParsedFile jsonl = parseText("s.jsonl", """
				{"id": 1, "screen_name": "a", "followers_count": 1, "friends_count": 2}
				{"id": 2, "screen_name": "b", "followers_count": 4
				[1, 2]
				{"id": 3.1e18, "screen_name": "c", "followers_count": 1, "friends_count": 2}
				""");

		assertThat(csv.rejects()).extracting(r -> r.line() + " " + r.column() + " " + r.value())
			.containsExactly("3 followers_count -1", "4 verified maybe", "5 id ");
		assertThat(csv.profiles()).extracting(FollowerProfile::screenName).containsExactly("a");
		assertThat(jsonl.rejects()).extracting(Reject::line).containsExactly(2L, 3L, 4L);
		assertThat(jsonl.rejects().get(0).reason()).startsWith("not a JSON object");
		assertThat(jsonl.rejects().get(2).reason()).contains("scientific notation");
		assertThat(jsonl.read()).isEqualTo(4);
	}

	@Test
	void aCsvWithoutTheProfileColumnsIsNotAFollowerSample() {
		ParsedFile parsed = parseText("x.csv", "id,screen_name,followers\n1,a,2\n");

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.UNRECOGNISED);
	}
}
