package org.spintex.runner.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.spintex.core.results.Checkpoint;
import org.spintex.io.ovf.OvfReader;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reads and clears the checkpoint a stopped point left in its directory (see {@link PointRecorder#checkpoint}). */
final class Checkpoints {

	private Checkpoints() {
	}

	/** The checkpoint of {@code dir} if it was written for the input with {@code hash}. */
	static Optional<Checkpoint> read(Path dir, String hash) {
		Path json = dir.resolve("checkpoint.json");
		if (!Files.exists(json)) {
			return Optional.empty();
		}
		try {
			JsonObject meta = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
			if (!hash.equals(meta.get("inputHash").getAsString())) {
				return Optional.empty();
			}
			Path state = dir.resolve(meta.get("state").getAsString());
			// the step statistics came later: older checkpoints start them afresh
			long rejected = meta.has("rejectedSteps") ? meta.get("rejectedSteps").getAsLong() : 0;
			double smallest = meta.has("smallestStepSecond") ? meta.get("smallestStepSecond").getAsDouble() : Double.POSITIVE_INFINITY;
			return Optional.of(new Checkpoint(OvfReader.read(Files.readAllBytes(state)), meta.get("steps").getAsLong(),
					meta.get("outputs").getAsInt(), meta.get("nextStepSecond").getAsDouble(), rejected, smallest));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the checkpoint in " + dir + ": " + e.getMessage(), e);
		}
	}

	/** What the point had reported when the checkpoint was written (see PointRecorder#restore). */
	static Optional<JsonObject> recorded(Path dir) {
		try {
			JsonObject meta = JsonParser.parseString(Files.readString(dir.resolve("checkpoint.json"))).getAsJsonObject();
			return meta.has("recorded") ? Optional.of(meta.getAsJsonObject("recorded")) : Optional.empty();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the checkpoint in " + dir + ": " + e.getMessage(), e);
		}
	}

	/** The state file named by checkpoint.json, if there is one. */
	static Optional<String> stateFile(Path json) {
		try {
			return Files.exists(json) ? Optional.of(JsonParser.parseString(Files.readString(json)).getAsJsonObject().get("state").getAsString())
					: Optional.empty();
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** Removes the checkpoint once the point has completed: m_final holds the end state. */
	static void clear(Path dir) {
		try (var files = Files.list(dir)) {
			for (Path p : files.filter(p -> p.getFileName().toString().startsWith("checkpoint")).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot remove the checkpoint in " + dir + ": " + e.getMessage(), e);
		}
	}
}
