package com.truereach.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.truereach.domain.Platform;

/**
 * One file of an ingest partition. The job repository keeps it in the ingest step's execution
 * context as one string (it deserialises only JDK types), its fields joined by a character no
 * path or account id holds.
 */
record PartitionFile(String owner, String platform, String path) {

	private static final String SEPARATOR = "\u0000";

	static PartitionFile of(Ingestion.Input input) {
		return new PartitionFile(input.owner(), input.platform() == null ? "" : input.platform().name(),
				input.path().toString());
	}

	Ingestion.Input input() {
		return new Ingestion.Input(owner, platform.isEmpty() ? null : Platform.valueOf(platform), Path.of(path));
	}

	static ArrayList<String> encode(Collection<PartitionFile> files) {
		ArrayList<String> encoded = new ArrayList<>(files.size());
		files.forEach(f -> encoded.add(f.owner + SEPARATOR + f.platform + SEPARATOR + f.path));
		return encoded;
	}

	static List<PartitionFile> decode(List<String> encoded) {
		return encoded.stream().map(line -> {
			String[] fields = line.split(SEPARATOR, 3);
			return new PartitionFile(fields[0], fields[1], fields[2]);
		}).toList();
	}
}
