package com.truereach.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identifying parameters of a run. A range asked for explicitly is {@code from} and
 * {@code to}; the nightly window is {@code asOf} (the run's date) and is resolved to a range
 * once the inputs are read. {@code revision} numbers repeated requests for a range that
 * already completed, so that each gets a fresh instance (see README, "Re-running a range").
 */
public record RunParameters(Path definition, LocalDate from, LocalDate to, LocalDate asOf, long revision) {

	public static final String DEFINITION = "definition";

	public static final String FROM = "from";

	public static final String TO = "to";

	public static final String AS_OF = "asOf";

	public static final String REVISION = "revision";

	public static RunParameters range(Path definition, LocalDate from, LocalDate to) {
		return new RunParameters(definition.toAbsolutePath().normalize(), from, to, null, 1);
	}

	public static RunParameters nightly(Path definition, LocalDate asOf) {
		return new RunParameters(definition.toAbsolutePath().normalize(), null, null, asOf, 1);
	}

	public RunParameters withRevision(long next) {
		return new RunParameters(definition, from, to, asOf, next);
	}

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addString(DEFINITION, definition.toString());
		if (from != null) {
			builder.addLocalDate(FROM, from).addLocalDate(TO, to);
		}
		else {
			builder.addLocalDate(AS_OF, asOf);
		}
		return builder.addLong(REVISION, revision).toJobParameters();
	}

	public static RunParameters of(JobParameters parameters) {
		return new RunParameters(Path.of(parameters.getString(DEFINITION)), parameters.getLocalDate(FROM),
				parameters.getLocalDate(TO), parameters.getLocalDate(AS_OF), parameters.getLong(REVISION));
	}
}
