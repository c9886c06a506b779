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
 * parameters always give the same bytes, so the hash identifies a run's input.
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

	private InputJson() {
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
		entry.add("input", toJson(point.input()));
		return entry;
	}

	public static String toText(Object json) {
		return GSON.toJson(json) + "\n";
	}

	/** SHA-256 of the input's JSON text, in hex. */
	public static String hash(org.spintex.input.StudyInput input) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(toText(toJson(input)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
