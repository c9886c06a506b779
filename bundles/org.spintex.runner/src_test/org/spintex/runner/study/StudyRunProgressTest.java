package org.spintex.runner.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.compiler.CompiledPoint;

/**
 * The console and a progress bar show one value: a relaxation followed by a time evolution moves the
 * bar on without a jump when the relaxation converges sooner than planned, and never back.
 */
class StudyRunProgressTest {

	@TempDir
	Path dir;

	@Test
	void theConsoleAndTheProgressBarShowTheSameRisingValue() throws IOException {
		Path file = Files.writeString(dir.resolve("film.spintex"), """
				spintex 3
				material Hard { exchange A = 13 pJ/m  saturation Ms = 800 kA/m  anisotropy uniaxial K = 0.5 MJ/m^3 along z  damping alpha = 0.5 }
				device Film {
					film square { material Hard  shape box  length 16 nm  width 16 nm  thickness 2 nm  cell 2 nm }
					texture tilted : uniform { direction (1, 0, 1) }
					study settle : micromagnetic { film square  initial-state tilted  ground-state relax  duration 20 ps  integrator heun  time-step 0.1 ps  demag off }
				}
				""");
		List<CompiledPoint> points = StudySelection.compile(file, null, List.of(), new PrintWriter(new StringWriter()));
		List<String> lines = Collections.synchronizedList(new ArrayList<>());
		List<RunProgress.Snapshot> bar = Collections.synchronizedList(new ArrayList<>());
		StudyRun.Outcome outcome = new StudyRun(lines::add, bar::add).executeIn(points, dir.resolve("run"), 1, false, "test");
		assertEquals("completed", outcome.status());

		double previous = 0;
		double lastRelax = Double.NaN;
		double firstDynamics = Double.NaN;
		for (RunProgress.Snapshot snapshot : bar) {
			assertTrue(snapshot.fraction() >= previous, "the bar went back to " + snapshot.fraction());
			if ("relax".equals(snapshot.stage())) {
				lastRelax = snapshot.fraction();
			} else if (Double.isNaN(firstDynamics) && "time evolution".equals(snapshot.stage())) {
				firstDynamics = snapshot.fraction();
			}
			previous = snapshot.fraction();
		}
		assertEquals(1, previous, 1e-12);
		assertTrue(lastRelax > 0, "the tilted film relaxed towards its easy axis: " + lastRelax);
		// the dynamics starts where the relaxation left the bar, whatever the plan expected
		assertEquals(lastRelax, firstDynamics, 1e-12);

		Pattern percent = Pattern.compile("\\] (relax|time evolution) (\\d+) %");
		List<Integer> shown = new ArrayList<>();
		for (String line : lines) {
			Matcher matcher = percent.matcher(line);
			if (matcher.find()) {
				shown.add(Integer.parseInt(matcher.group(2)));
			}
		}
		assertTrue(shown.size() >= 2, "progress lines: " + lines);
		for (int i = 1; i < shown.size(); i++) {
			assertTrue(shown.get(i) >= shown.get(i - 1), "the console went back: " + shown);
		}
		// the first line of the dynamics says what the bar says then
		String firstLine = lines.stream().filter(l -> l.contains("] time evolution")).findFirst().orElseThrow();
		assertTrue(firstLine.contains("time evolution " + (int) Math.floor(100 * firstDynamics + 1e-9) + " %"), firstLine);
	}
}
