package org.spintex.compiler;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * The stable JSON form of a compiled input and its SHA-256 content hash: the same model and
 * parameters always give the same bytes, so the hash identifies a run's input. The hash covers what
 * determines the result and nothing else: the input without where its files lie (an initial-state
 * file counts by its SHA-256, so a moved clone hashes the same) and the version of the engine that
 * runs it (another build of the engine may compute otherwise).
 */
public final class InputJson {

	/** Choices are written as the language writes them ({@code "integrator": "rk45"}), not as Java constants. */
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
			.disableHtmlEscaping().registerTypeHierarchyAdapter(org.spintex.input.ChoiceWord.class,
					(com.google.gson.JsonSerializer<org.spintex.input.ChoiceWord>) (choice, type, context) -> new com.google.gson.JsonPrimitive(choice.word()))
			// a value the file leaves to the engine's default is absent from the JSON (and so from the hash)
			.registerTypeAdapter(java.util.OptionalDouble.class,
					(com.google.gson.JsonSerializer<java.util.OptionalDouble>) (value, type, context) -> value.isPresent()
							? new com.google.gson.JsonPrimitive(value.getAsDouble()) : com.google.gson.JsonNull.INSTANCE)
			.registerTypeHierarchyAdapter(java.util.Optional.class,
					(com.google.gson.JsonSerializer<java.util.Optional<?>>) (value, type, context) -> value.isPresent()
							? context.serialize(value.get()) : com.google.gson.JsonNull.INSTANCE)
			.create();

	/** The JSON that is hashed: without the path of an initial-state file, whose content its sha256 stands for. */
	private static final Gson HASHED = GSON.newBuilder().setExclusionStrategies(new com.google.gson.ExclusionStrategy() {
		@Override
		public boolean shouldSkipField(com.google.gson.FieldAttributes field) {
			return field.getDeclaringClass() == org.spintex.input.InitialStateInput.FromFile.class && field.getName().equals("path");
		}

		@Override
		public boolean shouldSkipClass(Class<?> type) {
			return false;
		}
	}).create();

	private InputJson() {
	}

	/** The version (Bundle-Version, with the build's qualifier) of the engine that runs {@code input}; "none" if none is installed. */
	public static String engineVersion(org.spintex.input.StudyInput input) {
		return StudyKindPlugins.engine(input).map(e -> org.spintex.core.registry.BundleVersion.of(e.getClass())).orElse("none");
	}

	/** The input as a JSON object, with the engine named first. */
	public static JsonObject toJson(org.spintex.input.StudyInput input) {
		return GSON.toJsonTree(input).getAsJsonObject();
	}

	/** A compiled point: its index, sweep coordinates and overrides (with SI units), hash, engine and input. */
	public static JsonObject toJson(CompiledPoint point) {
		JsonObject entry = new JsonObject();
		entry.addProperty("point", point.index());
		JsonObject coordinates = new JsonObject();
		point.coordinates().forEach(c -> coordinates.addProperty(c.path() + " [" + c.siUnit() + "]", c.siValue()));
		entry.add("coordinates", coordinates);
		JsonObject overrides = new JsonObject();
		point.overrides().forEach(c -> overrides.addProperty(c.path() + " [" + c.siUnit() + "]", c.siValue()));
		entry.add("overrides", overrides);
		entry.addProperty("hash", hash(point.input()));
		entry.addProperty("engine", point.input().engine());
		entry.addProperty("engineVersion", engineVersion(point.input()));
		entry.add("input", toJson(point.input()));
		return entry;
	}

	public static String toText(Object json) {
		return GSON.toJson(json) + "\n";
	}

	/** SHA-256 of the input's JSON text (without file locations) and the version of its engine, in hex. */
	public static String hash(org.spintex.input.StudyInput input) {
		return hash(input, engineVersion(input));
	}

	/** The hash the input would have under another build of its engine: what a run by that build recorded. */
	public static String hash(org.spintex.input.StudyInput input, String engineVersion) {
		String text = HASHED.toJson(HASHED.toJsonTree(input)) + "\nengine " + input.engine() + " " + engineVersion + "\n";
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
