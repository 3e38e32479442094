package com.truereach.tooling.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ch.qos.logback.classic.Level;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.truereach.history.HistorySchema;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.formats.StandardFormats;
import com.truereach.job.Ingestion;
import com.truereach.job.JobDefinition;
import com.truereach.job.JobDefinitionLoader;

/**
 * {@code benchmark-ingest --job DEF}: ingests every file of a definition into a fresh H2 file
 * database the way the ingest step does (partitioned by owner, one transaction per file) and
 * prints rows per second per format. Run it with the heap the target names, e.g.
 * {@code java -Xmx512m -jar ...}.
 */
@Command(name = "benchmark-ingest", description = "Time ingestion of a definition's files into a fresh database.")
public final class BenchmarkIngestCommand implements Callable<Integer> {

	@Option(names = "--job", required = true, description = "Job definition, e.g. target/scale/scale.yml")
	Path job;

	@Option(names = "--db", description = "Folder for the throw-away H2 database (default: a temporary folder)")
	Path db;

	@Option(names = "--partitions", description = "Parallel partitions (default: one per core, as the job)")
	int partitions = Runtime.getRuntime().availableProcessors();

	@Override
	public Integer call() throws Exception {
		// one log line per file would time the console, not the ingestion
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		JobDefinition definition = JobDefinitionLoader.load(job);
		Path folder = db != null ? Files.createDirectories(db) : Files.createTempDirectory("truereach-bench");
		try {
			return measure(definition, folder);
		}
		finally {
			if (db == null) {
				FileSystemUtils.deleteRecursively(folder);
			}
		}
	}

	private int measure(JobDefinition definition, Path folder) throws Exception {
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl("jdbc:h2:file:" + folder.toAbsolutePath().resolve("bench") + jobUrlSettings());
			dataSource.setUsername("sa");
			dataSource.setMaximumPoolSize(partitions + 1);
			HistorySchema.migrate(dataSource);
			Ingestion ingestion = Ingestion.over(new JdbcTemplate(dataSource), StandardFormats.registry());
			TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
			List<Ingestion.Input> inputs = Ingestion.inputs(definition);
			long start = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(partitions);
			List<Future<Map<String, long[]>>> parts = new ArrayList<>();
			for (List<Ingestion.Input> part : Ingestion.deal(inputs, partitions)) {
				parts.add(pool.submit(() -> ingest(ingestion, transaction, part, definition.rejectThreshold())));
			}
			Map<String, long[]> byFormat = new TreeMap<>();
			for (Future<Map<String, long[]>> part : parts) {
				part.get().forEach((format, f) -> {
					long[] sum = byFormat.computeIfAbsent(format, k -> new long[5]);
					for (int i = 0; i < f.length; i++) {
						sum[i] += f[i];
					}
				});
			}
			pool.shutdown();
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("%-24s %7s %10s %9s %9s %14s%n", "format", "files", "rows", "read s", "store s",
					"rows/thread-s");
			long[] total = new long[5];
			byFormat.forEach((format, f) -> {
				System.out.printf("%-24s %7d %10d %9.2f %9.2f %14.0f%n", format, f[3], f[0], f[1] / 1e9, f[2] / 1e9,
						f[0] / Math.max((f[1] + f[2]) / 1e9, 1e-9));
				for (int i = 0; i < f.length; i++) {
					total[i] += f[i];
				}
			});
			System.out.printf("total: %d files, %d rows (%d rejected) in %.2f s with %d partitions = %.0f rows/s;"
					+ " peak heap %d MB of %d MB%n", total[3], total[0], total[4], seconds, partitions,
					total[0] / seconds, peakHeapMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
			return 0;
		}
	}

	/** Rows, reading and storing nanoseconds, files and rejected rows per format. */
	private static Map<String, long[]> ingest(Ingestion ingestion, TransactionTemplate transaction,
			List<Ingestion.Input> inputs, double threshold) {
		Map<String, long[]> byFormat = new TreeMap<>();
		for (Ingestion.Input input : inputs) {
			Ingestion.Parsed parsed = ingestion.read(input, threshold);
			long start = System.nanoTime();
			transaction.executeWithoutResult(status -> ingestion.store(parsed, 1));
			long storeNanos = System.nanoTime() - start;
			for (ParsedFile file : parsed.files()) {
				long[] f = byFormat.computeIfAbsent(file.format() == null ? "(unrecognised)" : file.format().id(),
						k -> new long[5]);
				f[0] += file.read();
				f[1] += parsed.readNanos() / parsed.files().size();
				f[2] += storeNanos / parsed.files().size();
				f[3]++;
				f[4] += file.rejected();
			}
		}
		return byFormat;
	}

	/** The H2 settings the job's own database URL carries ({@code ;KEY=VALUE...}), so that both store alike. */
	private static String jobUrlSettings() throws IOException {
		Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		String url = properties.getProperty("spring.datasource.url", "");
		int settings = url.indexOf(';');
		return settings < 0 ? "" : url.substring(settings);
	}

	private static long peakHeapMb() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}
}
