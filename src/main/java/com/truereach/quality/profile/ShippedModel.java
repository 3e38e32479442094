package com.truereach.quality.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fake-follower model that ships with TrueReach: a readable JSON resource written by
 * {@code truereach train-model} and read here at runtime.
 */
public final class ShippedModel {

	public static final String RESOURCE = "/model/fake-follower-model.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ShippedModel() {
	}

	public static LogisticModel load() {
		try (InputStream in = ShippedModel.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("model resource " + RESOURCE + " is missing from the classpath");
			}
			return JSON.readValue(in, LogisticModel.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new IllegalStateException(RESOURCE + " is not a valid model: " + ex.getMessage(), ex);
		}
	}

	public static LogisticModel read(Path file) throws IOException {
		return JSON.readValue(file.toFile(), LogisticModel.class);
	}

	public static void write(LogisticModel model, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(file, JSON.writeValueAsString(model) + "\n");
	}
}
