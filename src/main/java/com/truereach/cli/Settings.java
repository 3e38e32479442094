package com.truereach.cli;

import java.util.List;

import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * TrueReach settings read before (or without) starting the job's Spring context, by Spring's own
 * rules: the command line ({@code --truereach.roots=...}), else a system property, else the
 * environment ({@code TRUEREACH_ROOTS}). The definition check and {@code inspect} then see what
 * the job will see.
 */
final class Settings {

	private Settings() {
	}

	/** The setting's value, or null when not set. */
	static String get(List<String> arguments, String name) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arguments.toArray(String[]::new)));
		return environment.getProperty(name);
	}
}
