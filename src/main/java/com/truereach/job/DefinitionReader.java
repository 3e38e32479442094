package com.truereach.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Binds a definition file to a {@link DefinitionSpec} with Jackson and checks it with Bean
 * Validation, collecting every mistake with its field path instead of stopping at the first: an
 * unknown field, a value of the wrong kind (a word where a date or a number belongs) and a
 * constraint a value breaks. A value that could not be bound is left null and named once, not
 * again by the constraints on it.
 */
final class DefinitionReader {

	private static final String PROBLEMS = DefinitionReader.class.getName() + ".problems";

	private static final ObjectReader READER = YAMLMapper.builder()
		.addHandler(new Collecting())
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
			spec = READER.withAttribute(PROBLEMS, errors).readValue(file.toFile());
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

	/** Where the parser is, as a field path; the container just opened is not part of it yet. */
	private static String path(JsonParser parser) {
		List<String> segments = new ArrayList<>();
		for (TokenStreamContext at = parser.streamReadContext(); at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray() && at.getEntryCount() > 0) {
				segments.add(0, "[" + at.getCurrentIndex() + "]");
			}
			else if (at.inObject() && at.currentName() != null) {
				segments.add(0, "." + at.currentName());
			}
		}
		String path = String.join("", segments);
		return path.startsWith(".") ? path.substring(1) : path;
	}

	/** What a value of {@code type} is, in words. */
	private static String expected(Class<?> type) {
		if (Collection.class.isAssignableFrom(type)) {
			return "expected a list";
		}
		if (type == String.class) {
			return "expected a text";
		}
		if (type == DefinitionSpec.FileEntry.class) {
			return "expected a path or glob";
		}
		if (type == LocalDate.class) {
			return "expected a date (YYYY-MM-DD)";
		}
		if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
			return "must be a whole number";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class) {
			return "must be a number";
		}
		return "expected a mapping";
	}

	/**
	 * Records each problem Jackson meets with its path and goes on with the value left null, so
	 * that one reading names every mistake.
	 */
	private static final class Collecting extends DeserializationProblemHandler {

		@Override
		public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
				Object beanOrClass, String propertyName) {
			TreeSet<String> known = new TreeSet<>();
			if (deserializer != null) {
				deserializer.getKnownPropertyNames().forEach(name -> known.add(name.toString()));
			}
			errors(ctxt).add(path(p), "unknown field" + (known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")"));
			p.skipChildren();
			return true;
		}

		@Override
		public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
				String failureMsg) {
			errors(ctxt).add(path(ctxt.getParser()), targetType == LocalDate.class
					? "'" + value + "' is not a date (YYYY-MM-DD)" : expected(targetType) + ", got '" + value + "'");
			return null;
		}

		@Override
		public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
				String failureMsg) {
			errors(ctxt).add(path(ctxt.getParser()), expected(targetType) + ", got '" + value + "'");
			return null;
		}

		@Override
		public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token,
				JsonParser p, String failureMsg) {
			errors(ctxt).add(path(p), expected(targetType.getRawClass()));
			p.skipChildren();
			return null;
		}

		@Override
		public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
				ValueInstantiator valueInsts, JsonParser p, String msg) {
			errors(ctxt).add(path(p), expected(instClass));
			p.skipChildren();
			return null;
		}

		private static DefinitionErrors errors(DeserializationContext ctxt) {
			return (DefinitionErrors) ctxt.getAttribute(PROBLEMS);
		}
	}
}
