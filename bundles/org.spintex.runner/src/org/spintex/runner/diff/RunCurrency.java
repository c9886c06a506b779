package org.spintex.runner.diff;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.spintex.compiler.CompiledPoint;
import org.spintex.compiler.InputJson;
import org.spintex.dsl.diff.ModelDiff;
import org.spintex.dsl.diff.ModelFacts;
import org.spintex.runner.git.GitRevisions;
import org.spintex.runner.study.DeviceFiles;
import org.spintex.runner.study.RunProvenance;
import org.spintex.runner.study.RunStatus;
import org.spintex.runner.study.StudySelection;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Whether a run's results are current: its device file compiled again as it is now (with the run's {@code --set}
 * values), each point's input hash compared with the one the run recorded. A run is current when every point would get
 * the same input; stale otherwise, with the reason in the words of {@code spintex diff} — the file's changes since (its
 * recorded content read back from git by its blob id), an import that changed, or another build of an engine.
 */
public final class RunCurrency {

	public enum State {
		CURRENT, STALE, UNKNOWN
	}

	/**
	 * One run folder and what is known of it.
	 *
	 * @param status the run's own status (completed, failed: …, running)
	 * @param stale how many of its points would get another input now
	 * @param why the reasons, in the diff's words; empty when current
	 */
	public record Run(Path folder, String study, String status, int points, int stale, State state, Optional<RunProvenance> provenance,
			List<String> why) {
	}

	private RunCurrency() {
	}

	/** Every run under {@code results} (folders holding an input.json), oldest path first. */
	public static List<Run> under(Path results, DeviceFiles loader) throws IOException {
		List<Path> inputs;
		try (var walk = Files.walk(results, 6)) {
			inputs = walk.filter(p -> p.getFileName().toString().equals("input.json")).sorted().toList();
		}
		List<Run> runs = new ArrayList<>();
		for (Path input : inputs) {
			runs.add(of(input.getParent(), loader));
		}
		return runs;
	}

	/** The state of the run in {@code folder}. */
	public static Run of(Path folder, DeviceFiles loader) throws IOException {
		JsonObject input = JsonParser.parseString(Files.readString(folder.resolve("input.json"))).getAsJsonObject();
		List<String> recorded = new ArrayList<>();
		String device = input.has("device") ? input.get("device").getAsString() : "";
		String studyName = input.has("study") ? input.get("study").getAsString() : "";
		for (JsonElement point : input.getAsJsonArray("points")) {
			JsonObject p = point.getAsJsonObject();
			recorded.add(p.get("hash").getAsString());
			if (device.isEmpty()) {
				device = p.getAsJsonObject("input").get("device").getAsString();
				studyName = p.getAsJsonObject("input").get("study").getAsString();
			}
		}
		String study = device + "." + studyName;
		String status = RunStatus.read(folder).orElse("unknown");
		Optional<RunProvenance> provenance = RunProvenance.read(input);
		if (provenance.isEmpty()) {
			return new Run(folder, study, status, recorded.size(), 0, State.UNKNOWN, provenance,
					List.of("no provenance recorded (a run of an older Spintex): cannot tell which file it came from"));
		}
		Path file = Path.of(provenance.get().location());
		if (!Files.isRegularFile(file)) {
			return new Run(folder, study, status, recorded.size(), recorded.size(), State.UNKNOWN, provenance,
					List.of("its device file is gone: " + file));
		}
		List<String> sets = new ArrayList<>();
		if (input.has("sets")) {
			input.getAsJsonArray("sets").forEach(s -> sets.add(s.getAsString()));
		}
		List<CompiledPoint> now;
		StringWriter diagnostics = new StringWriter();
		try (PrintWriter out = new PrintWriter(diagnostics)) {
			now = StudySelection.compile(file, studyName, sets, out);
		} catch (StudySelection.BadInput e) {
			return new Run(folder, study, status, recorded.size(), recorded.size(), State.UNKNOWN, provenance,
					List.of("the device file does not compile now: " + e.getMessage()));
		}
		Set<String> current = new HashSet<>();
		now.forEach(p -> current.add(InputJson.hash(p.input())));
		int stale = (int) recorded.stream().filter(h -> !current.contains(h)).count();
		int added = (int) current.stream().filter(h -> !recorded.contains(h)).count();
		if (stale == 0 && added == 0) {
			return new Run(folder, study, status, recorded.size(), 0, State.CURRENT, provenance, List.of());
		}
		return new Run(folder, study, status, recorded.size(), stale, State.STALE, provenance,
				reasons(folder, provenance.get(), file, now, loader));
	}

	/** Why the inputs differ: the file's and its imports' changes since the run, or the engines' versions. */
	private static List<String> reasons(Path folder, RunProvenance then, Path file, List<CompiledPoint> now, DeviceFiles loader) {
		List<String> why = new ArrayList<>();
		try (GitRevisions git = GitRevisions.around(file.getParent()).orElse(null)) {
			for (RunProvenance.DeviceFile read : then.files()) {
				Path where = git != null ? git.workTree().resolve(read.path()) : file.getParent().resolve(read.path());
				if (!Files.isRegularFile(where)) {
					why.add(read.path() + " is gone");
					continue;
				}
				if (GitRevisions.blobId(Files.readAllBytes(where)).equals(read.blob())) {
					continue;
				}
				// the run's own copy of what it read, else git's object of that blob
				Path copy = folder.resolve(RunProvenance.SOURCES).resolve(read.path());
				Optional<byte[]> old = Files.isRegularFile(copy) && GitRevisions.blobId(Files.readAllBytes(copy)).equals(read.blob())
						? Optional.of(Files.readAllBytes(copy)) : git == null ? Optional.empty() : git.blob(read.blob());
				if (old.isEmpty()) {
					why.add(read.path() + " changed (its content then, blob " + read.blob().substring(0, 10)
							+ ", is neither in the run folder nor in git, so the change cannot be shown)");
					continue;
				}
				Path scratch = Files.createTempFile("spintex-status", ".spintex");
				try {
					Files.write(scratch, old.get());
					var before = DeviceVersions.readAs(loader, scratch, where, read.path());
					var after = DeviceVersions.read(loader, where, read.path());
					for (ModelDiff.Change change : ModelDiff.between(ModelFacts.of(before.model()), ModelFacts.of(after.model()))) {
						why.add(DeviceDiff.describe(change));
					}
				} finally {
					Files.deleteIfExists(scratch);
				}
			}
		} catch (IOException e) {
			why.add("the repository could not be read: " + e.getMessage());
		}
		Map<String, String> engines = new TreeMap<>();
		now.forEach(p -> engines.put(p.input().engine(), InputJson.engineVersion(p.input())));
		engines.forEach((engine, version) -> {
			String was = then.engines().get(engine);
			if (was != null && !was.equals(version)) {
				why.add("engine " + engine + " is another build: " + was + " then, " + version + " now");
			}
		});
		if (why.isEmpty()) {
			why.add("the compiled input differs (no file change found: compare input.json with spintex compile)");
		}
		return why;
	}
}
