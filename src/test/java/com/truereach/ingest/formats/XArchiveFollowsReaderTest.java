package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerEntry.ListKind;
import com.truereach.domain.FollowerEntry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;

class XArchiveFollowsReaderTest {

	@Test
	void readsFollowerJsAfterTheJavascriptPrefix() {
		ParsedFile file = SocialFixtures.parse("x/follower.js");

		assertThat(file.format().id()).isEqualTo("x-archive-follows");
		assertThat(file.usable()).as(file.message()).isTrue();
		assertThat(file.followers()).containsExactly(new FollowerEntry(ListKind.FOLLOWERS, "15989888", null),
				new FollowerEntry(ListKind.FOLLOWERS, "1567898765432109876", null));
	}

	@Test
	void readsSplitPartAndFollowingLists() {
		assertThat(SocialFixtures.parse("x/follower-part1.js").followers())
			.containsExactly(new FollowerEntry(ListKind.FOLLOWERS, "44196397", null));
		ParsedFile following = SocialFixtures.parse("x/following.js");
		assertThat(following.format().id()).isEqualTo("x-archive-follows");
		assertThat(following.followers()).containsExactly(new FollowerEntry(ListKind.FOLLOWING, "783214", null));
	}

	@Test
	void rejectsEntriesByTheirPositionInTheArray() {
		ParsedFile file = SocialFixtures.read(new XArchiveFollowsReader(), "window.YTD.follower.part0 = ["
				+ "{\"follower\":{\"accountId\":\"1\"}}, {\"follower\":{\"userLink\":\"x\"}}, 42,"
				+ " {\"follower\":{\"accountId\":\"@someone\"}}, {\"blocking\":{}}, {\"follower\":{\"accountId\":\"6\"}}]");

		assertThat(file.followers()).extracting(FollowerEntry::followerId).containsExactly("1", "6");
		assertThat(file.rejects()).extracting(r -> r.line() + " " + r.column() + " " + r.reason())
			.containsExactly("2 accountId account id is missing", "3 null entry is not a JSON object",
					"4 accountId not a numeric X account id",
					"5 null entry has neither a 'follower' nor a 'following' object");
		assertThat(file.read()).isEqualTo(6);
	}

	@Test
	void streamsALargeArchive() {
		String entries = IntStream.rangeClosed(1, 100_000)
			.mapToObj(i -> "{\"follower\":{\"accountId\":\"" + i + "\",\"userLink\":\"https://twitter.com/intent/user?user_id=" + i + "\"}}")
			.collect(Collectors.joining(",\n"));
		ParsedFile file = SocialFixtures.read(new XArchiveFollowsReader(),
				("window.YTD.follower.part0 = [\n" + entries + "\n]").getBytes(StandardCharsets.UTF_8));

		assertThat(file.followers()).hasSize(100_000);
		assertThat(file.followers().get(99_999).followerId()).isEqualTo("100000");
		assertThat(file.rejects()).isEmpty();
	}

	@Test
	void recognisesOnlyFollowerAndFollowingAssignments() throws IOException {
		assertThat(new XArchiveFollowsReader().recognises(preview("window.YTD.block.part0 = []"))).isFalse();
		assertThat(new XArchiveFollowsReader().recognises(preview("window.YTD.following.part2 = ["))).isTrue();
	}

	private static Preview preview(String text) throws IOException {
		return Preview.of(Source.of("t.js", text.getBytes(StandardCharsets.UTF_8)));
	}
}
