package org.spintex.runner.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.spintex.compiler.CompiledPoint;
import org.spintex.compiler.InputJson;
import org.spintex.runner.git.GitRevisions;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Where a run's results come from: the Spintex build and each engine's, the device file (its path in its git
 * repository, or its name outside one), the commit checked out and whether the file or an import had changes not
 * committed, and git's blob id of every device file read (the file and its imports), which names their content even when
 * uncommitted. Written into input.json and every results.json; {@code spintex status} reads it back.
 *
 * @param file the device file's path relative to the top of its repository (its name outside one)
 * @param location where the file was when it ran (to find it again; never part of a hash)
 * @param commit the commit checked out, empty outside a repository (or in one without commits)
 * @param dirty whether the file or an import differed from that commit
 */
public record RunProvenance(String spintex, Map<String, String> engines, String file, String location, Optional<String> commit,
		boolean dirty, List<DeviceFile> files) {

	/**
	 * A device file read by the run: its path (as {@code file}), git's blob id of its bytes, whether it was uncommitted,
	 * and the bytes themselves (copied into the run folder, never into JSON; empty when read back from JSON).
	 */
	public record DeviceFile(String path, String blob, boolean dirty, byte[] content) {

		public DeviceFile(String path, String blob, boolean dirty) {
			this(path, blob, dirty, new byte[0]);
		}
	}

	/** The folder of a run that holds a copy of every device file it read, at its path ({@code sources/devices/wire.spintex}). */
	public static final String SOURCES = "sources";

	public RunProvenance {
		engines = Map.copyOf(engines);
		files = List.copyOf(files);
	}

	/**
	 * The provenance of running {@code points} compiled from {@code deviceFile}, which read {@code files} (itself and its
	 * imports).
	 */
	public static RunProvenance of(Path deviceFile, List<Path> files, List<CompiledPoint> points, String spintexVersion) {
		Map<String, String> engines = new TreeMap<>();
		points.forEach(p -> engines.put(p.input().engine(), InputJson.engineVersion(p.input())));
		Path location = deviceFile.toAbsolutePath().normalize();
		List<DeviceFile> read = new ArrayList<>();
		try (GitRevisions git = GitRevisions.around(location.getParent()).orElse(null)) {
			Optional<String> commit = git == null ? Optional.empty() : git.head();
			boolean anyDirty = false;
			for (Path f : files) {
				Path absolute = f.toAbsolutePath().normalize();
				String path = git != null ? git.relative(absolute) : location.getParent().relativize(absolute).toString();
				boolean dirty = git != null && git.dirty(path);
				anyDirty |= dirty;
				byte[] bytes = Files.readAllBytes(absolute);
				read.add(new DeviceFile(path, GitRevisions.blobId(bytes), dirty, bytes));
			}
			String file = git != null ? git.relative(location) : location.getFileName().toString();
			return new RunProvenance(spintexVersion, engines, file, location.toString(), commit, anyDirty, read);
		} catch (IOException e) {
			// a repository that cannot be read: the run goes on, its provenance says what it could not learn
			List<DeviceFile> plain = new ArrayList<>();
			for (Path f : files) {
				try {
					byte[] bytes = Files.readAllBytes(f);
					plain.add(new DeviceFile(f.getFileName().toString(), GitRevisions.blobId(bytes), false, bytes));
				} catch (IOException unreadable) {
					plain.add(new DeviceFile(f.getFileName().toString(), "unreadable: " + unreadable.getMessage(), false));
				}
			}
			return new RunProvenance(spintexVersion, engines, location.getFileName().toString(), location.toString(), Optional.empty(),
					false, plain);
		}
	}

	/** The device files a loaded model read: its own and every imported one in the resource set, in load order. */
	public static List<Path> filesOf(Resource resource) {
		List<Path> files = new ArrayList<>();
		List<Resource> resources = resource.getResourceSet() == null ? List.of(resource) : resource.getResourceSet().getResources();
		for (Resource r : resources) {
			org.eclipse.emf.common.util.URI uri = org.eclipse.emf.common.CommonPlugin.resolve(r.getURI());
			if (uri.isFile() && uri.toFileString().endsWith(".spintex") && Files.isRegularFile(Path.of(uri.toFileString()))) {
				files.add(Path.of(uri.toFileString()));
			}
		}
		return files;
	}

	/** Copies every device file read into {@code run}/sources, at its path, so that the run says what it ran. */
	public void copySources(Path run) {
		for (DeviceFile f : files) {
			if (f.content().length == 0 || f.path().startsWith("..") || Path.of(f.path()).isAbsolute()) {
				continue; // nothing read, or a file outside the repository: its blob id names it
			}
			AtomicFiles.write(run.resolve(SOURCES).resolve(f.path()), f.content());
		}
	}

	public JsonObject json() {
		JsonObject json = new JsonObject();
		json.addProperty("spintex", spintex);
		JsonObject engineList = new JsonObject();
		engines.forEach(engineList::addProperty);
		json.add("engines", engineList);
		json.addProperty("file", file);
		json.addProperty("location", location);
		commit.ifPresent(c -> {
			JsonObject git = new JsonObject();
			git.addProperty("commit", c);
			git.addProperty("dirty", dirty);
			json.add("git", git);
		});
		JsonArray list = new JsonArray();
		for (DeviceFile f : files) {
			JsonObject entry = new JsonObject();
			entry.addProperty("path", f.path());
			entry.addProperty("blob", f.blob());
			entry.addProperty("dirty", f.dirty());
			list.add(entry);
		}
		json.add("files", list);
		return json;
	}

	/** The provenance recorded in a run's input.json, if it has one (runs before it was recorded have none). */
	public static Optional<RunProvenance> read(JsonObject inputJson) {
		if (!inputJson.has("provenance")) {
			return Optional.empty();
		}
		JsonObject json = inputJson.getAsJsonObject("provenance");
		Map<String, String> engines = new TreeMap<>();
		json.getAsJsonObject("engines").entrySet().forEach(e -> engines.put(e.getKey(), e.getValue().getAsString()));
		List<DeviceFile> files = new ArrayList<>();
		json.getAsJsonArray("files").forEach(f -> files.add(new DeviceFile(f.getAsJsonObject().get("path").getAsString(),
				f.getAsJsonObject().get("blob").getAsString(), f.getAsJsonObject().get("dirty").getAsBoolean())));
		Optional<String> commit = json.has("git") ? Optional.of(json.getAsJsonObject("git").get("commit").getAsString())
				: Optional.empty();
		boolean dirty = json.has("git") && json.getAsJsonObject("git").get("dirty").getAsBoolean();
		return Optional.of(new RunProvenance(json.get("spintex").getAsString(), engines, json.get("file").getAsString(),
				json.get("location").getAsString(), commit, dirty, files));
	}
}
