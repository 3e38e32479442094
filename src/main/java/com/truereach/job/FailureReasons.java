package com.truereach.job;

import java.nio.file.FileSystemException;
import java.util.regex.Pattern;

import org.springframework.core.NestedExceptionUtils;

/**
 * The one line an operator acts on, out of a failure: the innermost cause's message. A file
 * system failure's message is only its path, so its kind is said in words beside it.
 */
public final class FailureReasons {

	private static final String CAUSED_BY = "Caused by: ";

	private static final Pattern WRAPPER = Pattern.compile("\\s*[\\w.$]+(Exception|Error): [\\w.$]+(Exception|Error)(:.*)?");

	private FailureReasons() {
	}

	public static String of(Throwable failure) {
		Throwable t = NestedExceptionUtils.getMostSpecificCause(failure);
		if (t instanceof FileSystemException files && files.getReason() == null) {
			return files.getFile() + ": " + words(t.getClass().getSimpleName());
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	/** The same out of a stored exit description (a stack trace as text); null for none. */
	public static String of(String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		String reason = null;
		for (String line : description.split("\\R")) {
			if (reason == null && !line.isBlank()) {
				reason = line;
			}
			if (line.startsWith(CAUSED_BY)) {
				reason = line.substring(CAUSED_BY.length());
			}
		}
		// a wrapper's message is its cause's own line, and the stored description is cut (at 2,500
		// characters) before the causes: "IllegalStateException: java.nio.file.AccessDeniedException: /x"
		while (WRAPPER.matcher(reason).matches()) {
			reason = reason.substring(reason.indexOf(": ") + 2);
		}
		String type = reason.replaceFirst(":.*", "").trim();
		if (!type.matches("[\\w.$]+(Exception|Error)")) {
			return reason.trim();
		}
		String message = reason.substring(type.length()).replaceFirst("^:\\s*", "").trim();
		String simple = type.substring(type.lastIndexOf('.') + 1);
		if (type.startsWith("java.nio.file.") && !message.contains(":")) {
			return message + ": " + words(simple);
		}
		return message.isEmpty() ? simple : message;
	}

	/** {@code FileAlreadyExistsException} -> {@code file already exists}. */
	private static String words(String exceptionName) {
		return exceptionName.replaceFirst("Exception$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
	}
}
