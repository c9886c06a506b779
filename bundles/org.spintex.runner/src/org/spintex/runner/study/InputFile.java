package org.spintex.runner.study;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.spintex.compiler.CompiledPoint;
import org.spintex.compiler.InputJson;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A run's input.json: the Spintex and Java versions, the device and study, the --set values as written, the run's
 * provenance, every point's compiled input with its hash, and the hash of them all. Written first by a local run and
 * by a submission to Slurm, read back by --resume, the Slurm tasks, spintex status and the workbench.
 */
final class InputFile {

	private InputFile() {
	}

	/** Writes {@code dir}/input.json (and the device files' copy in sources/, when there is a provenance). */
	static void write(Path dir, List<CompiledPoint> points, String version, RunProvenance provenance) {
		JsonObject json = new JsonObject();
		json.addProperty("spintex", version);
		json.addProperty("java", System.getProperty("java.version"));
		json.addProperty("device", points.get(0).input().device());
		json.addProperty("study", points.get(0).input().study());
		// the --set values, as they were written: what compiling the file again needs to find the same inputs
		JsonArray sets = new JsonArray();
		points.get(0).overrides().forEach(o -> sets.add(o.describe()));
		json.add("sets", sets);
		if (provenance != null) {
			json.add("provenance", provenance.json());
			provenance.copySources(dir);
		}
		JsonArray list = new JsonArray();
		StringBuilder hashes = new StringBuilder();
		for (CompiledPoint point : points) {
			JsonObject entry = InputJson.toJson(point);
			hashes.append(entry.get("hash").getAsString());
			list.add(entry);
		}
		json.addProperty("hash", sha256(hashes.toString()));
		json.add("points", list);
		AtomicFiles.write(dir.resolve("input.json"), InputJson.toText(json));
	}

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
