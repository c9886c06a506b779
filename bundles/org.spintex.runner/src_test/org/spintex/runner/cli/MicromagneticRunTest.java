package org.spintex.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.runner.study.StudySelection;
import org.spintex.core.results.FieldSnapshot;
import org.spintex.io.ovf.OvfReader;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code spintex run} on micromagnetic studies: tables with units, OVF fields, failures with the last good state. */
class MicromagneticRunTest extends CommandLineTestBase {

	private static final String WIRE = """
			spintex 3
			material Chiral {
				exchange A = 13 pJ/m
				dmi interfacial D = 3 mJ/m^2
				dmi-convention inverted
				anisotropy uniaxial K = 0.4 MJ/m^3 along z
				saturation Ms = 0.86 MA/m
				damping alpha = 0.5
			}
			device Wire {
				film strip { material Chiral  shape wire  length 100 nm  width 1 nm  thickness 1 nm  cell 1 nm  periodic y }
				texture up : uniform { direction (0, 0, 1) }
				texture flip : domain-wall { arrangement up-down  chirality neel  center 50 nm }
				study STUDY
			}
			""";

	@Test
	void theDmiWireCantsAtItsEdgesAndWritesTableFieldsAndResults() throws IOException {
		Path file = Files.writeString(dir.resolve("wire.spintex"), WIRE.replace("STUDY",
				"edges : micromagnetic { film strip  initial-state up  ground-state minimize  demag off  outputs m, effective-field  field-format binary8 }"));
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet"), err.toString());
		Path run = dir.resolve("out/Wire/edges");
		assertEquals("completed", Files.readString(run.resolve("status")).strip());
		List<String> table = Files.readAllLines(run.resolve("table.csv"));
		assertTrue(table.get(0).startsWith("t (s),mx (),my (),mz (),E_exchange (J),E_dmi (J),E_anisotropy (J),E_total (J),Q (),"), table.get(0));
		FieldSnapshot m = OvfReader.read(Files.readAllBytes(run.resolve("m_final.ovf")));
		assertEquals(100, m.nx());
		// the DMI standard problem's edge canting: m_x = −0.6134 in the first cell (MuMax3 and OOMMF)
		assertEquals(-0.6134, m.components()[0][0], 2e-3);
		assertTrue(Files.exists(run.resolve("B_eff000000.ovf")));
		JsonObject results = JsonParser.parseString(Files.readString(run.resolve("results.json"))).getAsJsonObject().getAsJsonObject("results");
		assertEquals("J", results.getAsJsonObject("E_total").get("unit").getAsString());
		assertTrue(results.getAsJsonObject("E_dmi").get("value").getAsDouble() < 0);
	}

	@Test
	void aStoppedRunResumesFromItsCheckpointAndEndsWhereAnUninterruptedRunEnds() throws Exception {
		Path file = Files.writeString(dir.resolve("wire.spintex"), WIRE.replace("STUDY",
				"push : micromagnetic { film strip  initial-state flip  demag off  duration 0.2 ns  output-every 10 ps  field-format binary8 }")
				.replace("study push", "drive tilt : field { field (0, 0, 50) mT }\n\tstudy push"));
		List<org.spintex.compiler.CompiledPoint> points = StudySelection.compile(file, null, List.of(), new PrintWriter(new StringWriter()));

		new org.spintex.runner.study.StudyRun(line -> {
		}).execute(points, dir.resolve("whole"), 1, false, "test");

		java.util.concurrent.atomic.AtomicInteger lines = new java.util.concurrent.atomic.AtomicInteger();
		org.spintex.runner.study.StudyRun[] stopped = new org.spintex.runner.study.StudyRun[1];
		stopped[0] = new org.spintex.runner.study.StudyRun(line -> {
			if (line.contains("time evolution") && lines.incrementAndGet() == 3) {
				stopped[0].cancel();
			}
		});
		assertEquals("cancelled", stopped[0].execute(points, dir.resolve("parts"), 1, false, "test").status());
		Path run = dir.resolve("parts/Wire/push");
		assertTrue(Files.exists(run.resolve("checkpoint.json")), "a stopped run keeps its checkpoint");
		int rowsBefore = Files.readAllLines(run.resolve("table.csv")).size() - 1;
		assertTrue(rowsBefore > 0 && rowsBefore < 21, "stopped after " + rowsBefore + " rows");

		org.spintex.runner.study.StudyRun.Outcome resumed = new org.spintex.runner.study.StudyRun(line -> {
		}).execute(points, dir.resolve("parts"), 1, true, "test");
		assertEquals("completed", resumed.status());
		assertTrue(Files.readString(run.resolve("run.log")).contains("continuing from the checkpoint"));
		assertEquals(Files.readAllLines(dir.resolve("whole/Wire/push/table.csv")), Files.readAllLines(run.resolve("table.csv")));
		FieldSnapshot a = OvfReader.read(Files.readAllBytes(dir.resolve("whole/Wire/push/m_final.ovf")));
		FieldSnapshot b = OvfReader.read(Files.readAllBytes(run.resolve("m_final.ovf")));
		for (int d = 0; d < 3; d++) {
			org.junit.jupiter.api.Assertions.assertArrayEquals(a.components()[d], b.components()[d]);
		}
		assertTrue(!Files.exists(run.resolve("checkpoint.json")), "a completed run needs no checkpoint");
	}

	@Test
	void aSkyrmionThatCollapsesIsReportedAndNotTrackedAnyFurther() throws IOException {
		// without DMI nothing holds a skyrmion up: exchange and anisotropy shrink it until the lattice lets it go
		Path file = Files.writeString(dir.resolve("collapse.spintex"), """
				spintex 3
				material Plain {
					exchange A = 15 pJ/m
					anisotropy uniaxial K = 0.8 MJ/m^3 along z
					saturation Ms = 580 kA/m
					damping alpha = 0.5
				}
				device Dot {
					film dot { material Plain  shape box  length 24 nm  width 24 nm  thickness 1 nm  cell 1 nm }
					texture bubble : skyrmion { radius 3 nm  center (12, 12, 0) nm }
					study collapse : micromagnetic { film dot  initial-state bubble  duration 0.1 ns  output-every 5 ps  demag off }
				}
				""");
		// the run completes, and says it has something to say
		assertEquals(ExitCodes.COMPLETED_WITH_WARNINGS, spintex("run", file.toString(), "--out", dir.resolve("out").toString(),
				"--quiet"), err.toString());
		Path run = dir.resolve("out/Dot/collapse");
		JsonObject json = JsonParser.parseString(Files.readString(run.resolve("results.json"))).getAsJsonObject();
		String warnings = json.getAsJsonArray("warnings").toString();
		assertTrue(warnings.contains("the skyrmion is gone at t = "), warnings);
		assertEquals("completed with warnings", Files.readString(run.resolve("status")).strip());
		// the rows after the collapse say NaN, never a centre outside the film
		List<String> rows = Files.readAllLines(run.resolve("table.csv"));
		int x = java.util.Arrays.asList(rows.get(0).split(",")).indexOf("x_sk (m)");
		String last = rows.get(rows.size() - 1).split(",")[x];
		assertTrue(last.equalsIgnoreCase("nan"), "x_sk after the collapse: " + last);
		for (String row : rows.subList(1, rows.size())) {
			String value = row.split(",")[x];
			assertTrue(value.equalsIgnoreCase("nan") || Double.parseDouble(value) >= 0 && Double.parseDouble(value) <= 24e-9, row);
		}
	}

	@Test
	void aSavedStateStartsTheNextStudy() throws IOException {
		Path file = Files.writeString(dir.resolve("wire.spintex"), WIRE.replace("STUDY",
				"edges : micromagnetic { film strip  initial-state up  ground-state minimize  demag off  field-format binary8 }"));
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet"), err.toString());
		Files.copy(dir.resolve("out/Wire/edges/m_final.ovf"), dir.resolve("canted.ovf"));
		Path again = Files.writeString(dir.resolve("again.spintex"), WIRE.replace("STUDY",
				"again : micromagnetic { film strip  initial-state saved  demag off  field-format binary8 }")
				.replace("texture up :", "texture saved : from-file { file \"canted.ovf\" }\n\ttexture up :"));
		assertEquals(ExitCodes.OK, spintex("run", again.toString(), "--out", dir.resolve("out").toString(), "--quiet"), err.toString());
		FieldSnapshot start = OvfReader.read(Files.readAllBytes(dir.resolve("out/Wire/again/m000000.ovf")));
		// the file's canted edge is the new study's starting state
		assertEquals(-0.6134, start.components()[0][0], 2e-3);
		assertTrue(Files.readString(dir.resolve("out/Wire/again/input.json")).contains("canted.ovf"));
	}

	@Test
	void aCollapsingStepSizeFailsTheRunAndSavesTheLastGoodState() throws IOException {
		Path file = Files.writeString(dir.resolve("wire.spintex"), WIRE.replace("STUDY",
				"stiff : micromagnetic { film strip  initial-state flip  demag off  duration 1 ns  tolerance 1e-30 }"));
		assertEquals(ExitCodes.RUN_FAILED, spintex("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet"));
		Path run = dir.resolve("out/Wire/stiff");
		String status = Files.readString(run.resolve("status")).strip();
		assertTrue(status.startsWith("failed: the step size collapsed"), status);
		assertTrue(status.contains("m_last_good.ovf"), status);
		FieldSnapshot last = OvfReader.read(Files.readAllBytes(run.resolve("m_last_good.ovf")));
		assertEquals(1, Math.hypot(Math.hypot(last.components()[0][10], last.components()[1][10]), last.components()[2][10]), 1e-6);
		// the rows written before the failure are kept
		assertTrue(Files.readAllLines(run.resolve("table.csv")).size() >= 2);
	}

	/**
	 * µMAG SP4 with Heun at 2 ps, above its stability limit for 3.9 nm permalloy cells (exchange 17.0 T, demag 1.01 T,
	 * the field 0.025 T: γB = 3.18e12 rad/s; with α = 0.02 Heun holds to r ≈ 2α^{1/3} = 0.54, about 0.18 ps), is refused
	 * before the ground state is searched, with the limit in the message.
	 */
	@Test
	void sp4WithAHeunStepAboveTheStabilityLimitIsRefused() throws IOException {
		String sp4 = Files.readString(Path.of("../../examples/standard-problems/sp4.spintex"));
		Path file = Files.writeString(dir.resolve("sp4.spintex"),
				sp4.replace("\t\tduration 1 ns\n", "\t\tduration 1 ns\n\t\tintegrator heun\n\t\ttime-step 2 ps\n"));
		assertEquals(ExitCodes.RUN_FAILED, spintex("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet"));
		Path run = dir.resolve("out/StandardProblem4/switching");
		String status = Files.readString(run.resolve("status")).strip();
		assertTrue(status.startsWith("failed: time-step 2.00 ps exceeds heun's stability limit of 0.1"), status);
		assertTrue(status.contains("exchange 17.0 T, demag 1.01 T, zeeman 0.0250 T"), status);
		assertTrue(!Files.exists(run.resolve("table.csv")), "nothing was integrated");
		// the cause on screen and in status, the stack trace and the input's hash in run.log only
		String hash = JsonParser.parseString(Files.readString(run.resolve("input.json"))).getAsJsonObject().getAsJsonArray("points")
				.get(0).getAsJsonObject().get("hash").getAsString();
		String log = Files.readString(run.resolve("run.log"));
		assertTrue(log.contains("failed on the input with hash " + hash + ":\njava.lang.IllegalArgumentException: time-step 2.00 ps"), log);
		assertTrue(log.contains("\tat org.spintex.engine.llg.solver.FixedSteps.requireStable"), log);
		assertTrue(!err.toString().contains("\tat ") && !out.toString().contains("\tat "), err.toString() + out);
	}

	/** A ground state cut short by its iteration cap is a result: reported, warned about, and the run says so. */
	@Test
	void anUnconvergedGroundStateEndsAsCompletedWithWarnings() throws IOException {
		Path file = Files.writeString(dir.resolve("wire.spintex"), WIRE.replace("STUDY",
				"cut : micromagnetic { film strip  initial-state flip  demag off  ground-state minimize  torque-tolerance 1e-12 T"
						+ "  max-iterations 5  duration 10 ps }"));
		assertEquals(ExitCodes.COMPLETED_WITH_WARNINGS,
				spintex("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet"), err.toString());
		Path run = dir.resolve("out/Wire/cut");
		assertEquals("completed with warnings", Files.readString(run.resolve("status")).strip());
		JsonObject json = JsonParser.parseString(Files.readString(run.resolve("results.json"))).getAsJsonObject();
		JsonObject results = json.getAsJsonObject("results");
		assertEquals("no", results.get("ground-state-converged").getAsString());
		assertEquals(5, results.getAsJsonObject("ground-state-iterations").get("value").getAsDouble());
		assertTrue(results.getAsJsonObject("ground-state-residual").get("value").getAsDouble() > 1e-12);
		assertTrue(json.getAsJsonArray("warnings").get(0).getAsString().startsWith("the ground state (minimize) did not converge"),
				json.toString());
		assertTrue(Files.readString(run.resolve("run.log")).contains("warning: the ground state (minimize) did not converge"));
		// the dynamics went on from the unconverged state
		assertTrue(Files.readAllLines(run.resolve("table.csv")).size() > 2);
	}

	/** Every field format the language offers compiles and runs: vtk writes VTK image data for ParaView. */
	@Test
	void theVtkFieldFormatWritesImageData() throws IOException {
		Path file = Files.writeString(dir.resolve("wire.spintex"), WIRE.replace("STUDY",
				"paraview : micromagnetic { film strip  initial-state flip  demag off  duration 10 ps  output-every 5 ps  field-format vtk }"));
		assertEquals(ExitCodes.OK, spintex("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet"), err.toString());
		Path run = dir.resolve("out/Wire/paraview");
		for (String name : List.of("m000000.vti", "m000002.vti", "m_final.vti")) {
			String vti = Files.readString(run.resolve(name));
			assertTrue(vti.contains("<VTKFile type=\"ImageData\"") && vti.contains("WholeExtent=\"0 100 0 1 0 1\""), name);
		}
	}
}
