package com.truereach.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import ch.qos.logback.classic.Level;

import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.truereach.history.HistoryStore;
import com.truereach.ingest.FormatRegistry;
import com.truereach.job.Ingestion;
import com.truereach.job.JobDefinition;
import com.truereach.job.JobDefinitionLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-ingest --job DEF}: ingests every file of a definition into a fresh H2 file
 * database, exactly as the ingest step does (one transaction), and prints rows per second per
 * format. Run it with the heap the target names, e.g. {@code java -Xmx512m -jar ...}.
 */
@Command(name = "benchmark-ingest", description = "Time ingestion of a definition's files into a fresh database.")
public final class BenchmarkIngestCommand implements Callable<Integer> {

	@Option(names = "--job", required = true, description = "Job definition, e.g. target/scale/scale.yml")
	Path job;

	@Option(names = "--db", description = "Folder for the throw-away H2 database (default: a temporary folder)")
	Path db;

	@Override
	public Integer call() throws IOException {
		// one log line per file would time the console, not the ingestion
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.truereach")).setLevel(Level.WARN);
		JobDefinition definition = JobDefinitionLoader.load(job);
		Path folder = db != null ? Files.createDirectories(db) : Files.createTempDirectory("truereach-bench");
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:h2:file:" + folder.toAbsolutePath().resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", true);
		try {
			new ResourceDatabasePopulator(new ClassPathResource("schema-truereach.sql")).execute(dataSource);
			Ingestion ingestion = new Ingestion(new HistoryStore(new JdbcTemplate(dataSource)), FormatRegistry.standard());
			Map<String, long[]> byFormat = new TreeMap<>();
			long start = System.nanoTime();
			Ingestion.Totals totals = new TransactionTemplate(new DataSourceTransactionManager(dataSource))
				.execute(status -> ingestion.ingest(definition, 1, (parsed, readNanos, storeNanos) -> {
					long[] figures = byFormat.computeIfAbsent(
							parsed.format() == null ? "(unrecognised)" : parsed.format().id(), k -> new long[4]);
					figures[0] += parsed.read();
					figures[1] += readNanos;
					figures[2] += storeNanos;
					figures[3]++;
				}));
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("%-24s %7s %10s %9s %9s %12s%n", "format", "files", "rows", "read s", "store s",
					"rows/second");
			byFormat.forEach((format, f) -> System.out.printf("%-24s %7d %10d %9.2f %9.2f %12.0f%n", format, f[3], f[0],
					f[1] / 1e9, f[2] / 1e9, f[0] / Math.max((f[1] + f[2]) / 1e9, 1e-9)));
			System.out.printf("total: %d files, %d rows (%d rejected) in %.2f s = %.0f rows/s; peak heap %d MB of %d MB%n",
					totals.files(), totals.read(), totals.rejected(), seconds, totals.read() / seconds, peakHeapMb(),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
			return 0;
		}
		finally {
			dataSource.destroy();
		}
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
