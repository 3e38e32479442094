package com.truereach.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Binds a definition file to a {@link DefinitionSpec} with Jackson and checks it with Bean
 * Validation, collecting every mistake with its field path instead of stopping at the first: an
 * unknown field, a value of the wrong kind (a word where a date or a number belongs) and a
 * constraint a value breaks. A value that could not be bound is left null and named once, not
 * again by the constraints on it.
 */
final class DefinitionReader {

	private static final ObjectReader READER = YAMLMapper.builder()
		.addHandler(new DefinitionProblems())
		.build()
		.readerFor(DefinitionSpec.class);

	/** Built on first use: the validator's start costs a few tenths of a second. */
	private static final class Validating {

		private static final Validator VALIDATOR = start();

		/**
		 * The command line reads the definition before the application's logging settings apply
		 * (root at WARN), and Hibernate Validator announces its version at INFO when it starts: the
		 * one line of a run in another layout. It is held back as those settings would.
		 */
		private static Validator start() {
			if (LoggerFactory.getLogger(HibernateValidator.class.getPackageName()) instanceof Logger logger
					&& logger.getLevel() == null) {
				logger.setLevel(Level.WARN);
			}
			// kept open: a closed factory's validators may not be used
			ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
			return factory.getValidator();
		}
	}

	private DefinitionReader() {
	}

	/**
	 * The definition in {@code file} with the mistakes found in it, each as "field path: what is
	 * wrong". A file that is not YAML at all, or not a mapping, is refused at once.
	 */
	static Read read(Path file) {
		DefinitionErrors errors = new DefinitionErrors();
		DefinitionSpec spec;
		try {
			spec = READER.withAttribute(DefinitionProblems.ERRORS, errors).readValue(file.toFile());
		}
		catch (StreamReadException ex) {
			throw new DefinitionException(file + ": not valid YAML: " + ex.getOriginalMessage());
		}
		catch (DatabindException ex) {
			if (ex.getPath().isEmpty()) {
				// an empty file; the handler below is asked about the mismatches inside the mapping
				throw new DefinitionException(file + ": expected a mapping with name, window, accounts...");
			}
			errors.add(path(ex.getPath()), ex.getOriginalMessage());
			throw new DefinitionException(file + ": " + errors.joined());
		}
		catch (JacksonException ex) {
			throw new DefinitionException(file + ": cannot be read: " + ex.getOriginalMessage());
		}
		if (spec == null) {
			throw new DefinitionException(file + ": expected a mapping with name, window, accounts...");
		}
		Set<String> unbound = errors.paths();
		for (ConstraintViolation<DefinitionSpec> violation : Validating.VALIDATOR.validate(spec)) {
			String at = path(violation);
			if (!unbound.contains(at)) {
				errors.add(at, violation.getMessage());
			}
		}
		return new Read(spec, errors);
	}

	record Read(DefinitionSpec spec, DefinitionErrors errors) {
	}

	/**
	 * A violation's property path as the definition spells it: {@code accounts[2].platform},
	 * {@code rates.EUR}. Bean Validation names list elements and map values by made-up nodes
	 * ({@code <list element>}); they only carry the index or key here.
	 */
	static String path(ConstraintViolation<?> violation) {
		StringBuilder path = new StringBuilder();
		violation.getPropertyPath().forEach(node -> {
			if (node.isInIterable()) {
				if (node.getIndex() != null) {
					path.append('[').append(node.getIndex()).append(']');
				}
				else if (node.getKey() != null) {
					path.append('.').append(node.getKey());
				}
			}
			if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(node.getName());
			}
		});
		return path.toString();
	}

	private static String path(List<DatabindException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (DatabindException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
