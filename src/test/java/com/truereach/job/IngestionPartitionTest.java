package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.domain.Platform;

class IngestionPartitionTest {

	@TempDir
	Path dir;

	Ingestion.Input input(String owner, String name, int bytes) throws IOException {
		return new Ingestion.Input(owner, Platform.X, Files.write(dir.resolve(name), new byte[bytes]));
	}

	@Test
	void ownersAreDealtOutByTheirBytesAndStayWhole() throws IOException {
		// bytes per owner: shop 900, a 300 (two files), b 250, c 200, d 150
		List<Ingestion.Input> inputs = List.of(input("a", "a1", 100), input("a", "a2", 200), input("b", "b1", 250),
				input("c", "c1", 200), input("d", "d1", 150), input("shop", "s1", 900));

		List<List<Ingestion.Input>> dealt = Ingestion.deal(inputs, 2);
		List<Ingestion.Input> first = dealt.get(0);
		List<Ingestion.Input> second = dealt.get(1);

		// shop (900) to 0; a (300) to 1; b (250) to 1 (550); c (200) to 1 (750); d (150) to 1 (900)
		assertThat(first).extracting(Ingestion.Input::owner).containsExactly("shop");
		assertThat(second).extracting(Ingestion.Input::owner).containsExactly("a", "a", "b", "c", "d");
		List<Ingestion.Input> all = new ArrayList<>(first);
		all.addAll(second);
		assertThat(all).containsExactlyInAnyOrderElementsOf(inputs);
		assertThat(Ingestion.deal(inputs, 1)).containsExactly(inputs);
	}

	@Test
	void aMissingFileCountsAsEmptyAndStillGetsAPartition() {
		List<Ingestion.Input> inputs = List.of(new Ingestion.Input("gone", Platform.X, dir.resolve("missing.csv")));
		assertThat(Ingestion.deal(inputs, 2)).containsExactly(inputs, List.of());
	}
}
