package com.truereach.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of each ingest partition of one job execution, as {@link IngestPartitioner} dealt
 * them (or found them dealt, on a restart): a job-scoped bean that the partitions' readers take
 * their lists from. A partition's own execution context names its list but does not hold it:
 * Spring Batch saves that context after every file, and the scale set's 6,401 files in two
 * partitions would have their paths serialised 3,200 times each (8.8 s and 1.2 GB per partition).
 */
class IngestDeal {

	private final Map<String, List<PartitionFile>> partitions = new ConcurrentHashMap<>();

	void put(String partition, List<PartitionFile> files) {
		partitions.put(partition, List.copyOf(files));
	}

	List<PartitionFile> files(String partition) {
		List<PartitionFile> files = partitions.get(partition);
		if (files == null) {
			throw new IllegalStateException("no files were dealt to ingest partition " + partition);
		}
		return files;
	}
}
