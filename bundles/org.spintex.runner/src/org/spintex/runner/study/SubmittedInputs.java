package org.spintex.runner.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The input hash of every point as input.json recorded it when the study was submitted: a Slurm task compiles the
 * device file again when it starts, maybe hours later, and runs a point only if it compiles to the same input.
 */
public final class SubmittedInputs {

	private SubmittedInputs() {
	}

	/** Point index → input hash; empty when the folder has no readable input.json. */
	public static Map<Integer, String> hashes(Path studyDir) {
		Map<Integer, String> hashes = new HashMap<>();
		try {
			JsonObject input = JsonParser.parseString(Files.readString(studyDir.resolve("input.json"))).getAsJsonObject();
			for (JsonElement point : input.getAsJsonArray("points")) {
				JsonObject entry = point.getAsJsonObject();
				hashes.put(entry.get("point").getAsInt(), entry.get("hash").getAsString());
			}
		} catch (IOException | RuntimeException e) {
			// no submission recorded here: every point counts as changed, and says so
		}
		return hashes;
	}
}
