package com.truereach.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.truereach.report.WorkbookTemporaries;

/**
 * Where a run's workbooks go. Without clients, one workbook, {@code <name>_<from>_<to>.xlsx} in the
 * definition's output folder. With clients, that file is the overview across clients, and each
 * client's workbook lies beside it as {@code <name>_<from>_<to>_<client id>.xlsx}: client ids are
 * letters, digits, '.', '_' and '-', so the name is safe on every file system, and it sorts beside
 * its overview.
 */
final class ClientWorkbooks {

	private static final Logger log = LoggerFactory.getLogger(ClientWorkbooks.class);

	private ClientWorkbooks() {
	}

	/** The run's workbook, or with clients its overview. */
	static Path report(RunContext run) {
		JobDefinition definition = run.definition();
		return definition.output().resolve(definition.name() + "_" + run.from() + "_" + run.to() + ".xlsx");
	}

	/** The workbook of client {@code clientId} beside the overview {@code report}. */
	static Path client(Path report, String clientId) {
		String name = report.getFileName().toString();
		return report.resolveSibling(name.substring(0, name.length() - ".xlsx".length()) + "_" + clientId + ".xlsx");
	}

	/** Removes what earlier runs killed while writing {@code workbook} left of it, and logs each. */
	static void removeStaleTemporaries(Path workbook) throws IOException {
		for (Path stale : WorkbookTemporaries.removeStale(workbook)) {
			log.warn("removed {}, left by an earlier run that stopped while writing this workbook", stale);
		}
	}

	/**
	 * Removes the workbooks of this range's former clients: those the last completed run's summary
	 * beside {@code report} lists under a client the definition no longer has (a workbook is only
	 * taken for one when its name is the one this class gives it). Returns them.
	 */
	static List<Path> formerClients(Path report, JobDefinition definition) throws IOException {
		Path summary = RunSummary.beside(report);
		if (!Files.isRegularFile(summary)) {
			return List.of();
		}
		Set<String> current = new HashSet<>();
		definition.clients().forEach(c -> current.add(c.id()));
		List<Path> removed = new ArrayList<>();
		for (Map<String, Object> workbook : RunSummary.listedWorkbooks(Files.readString(summary))) {
			String client = String.valueOf(workbook.get("client"));
			Path file = client(report, client);
			if (!current.contains(client) && file.toString().equals(String.valueOf(workbook.get("path")))
					&& Files.deleteIfExists(file)) {
				removed.add(file);
			}
		}
		return removed;
	}

	/**
	 * Whether the definition groups its accounts into clients ({@code clients:}), so that the run
	 * writes one workbook per client and an overview; without, the one client is
	 * {@value JobDefinition#ALL_ACCOUNTS}, an id the definition cannot give a client of its own.
	 */
	static boolean grouped(JobDefinition definition) {
		List<JobDefinition.Client> clients = definition.clients();
		return !(clients.size() == 1 && JobDefinition.ALL_ACCOUNTS.equals(clients.get(0).id()));
	}
}
