package com.truereach.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Records each problem Jackson meets while binding a definition (an unknown field, a value of the
 * wrong kind) with its field path, in the {@link DefinitionErrors} of the reading's attribute
 * {@link #ERRORS}, and goes on with the value left null, so that one reading names every mistake.
 */
final class DefinitionProblems extends DeserializationProblemHandler {

	/** The reading's attribute holding its {@link DefinitionErrors}. */
	static final String ERRORS = DefinitionProblems.class.getName() + ".errors";

	@Override
	public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
			Object beanOrClass, String propertyName) {
		TreeSet<String> known = new TreeSet<>();
		if (deserializer != null) {
			deserializer.getKnownPropertyNames().forEach(name -> known.add(name.toString()));
		}
		String list = known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")";
		errors(ctxt).add(path(p), "unknown field" + list);
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
		return (DefinitionErrors) ctxt.getAttribute(ERRORS);
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
		if (type == BigDecimal.class || type == Double.class || type == double.class) {
			return "must be a number";
		}
		return "expected a mapping";
	}
}
