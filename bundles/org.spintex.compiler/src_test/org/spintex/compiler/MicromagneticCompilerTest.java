package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.core.math.Vector3;
import org.spintex.input.CurrentInput;
import org.spintex.input.FilmEdge;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.Precision;
import org.spintex.input.ZhangLiConvention;

/** The standard-problem examples compile to the inputs their specifications state, in SI. */
class MicromagneticCompilerTest {

	private static MicromagneticInput compile(String example) {
		return compile(ExampleFiles.example(example));
	}

	private static MicromagneticInput compile(Path file) {
		List<CompiledPoint> points = ExampleFiles.compile(file);
		assertEquals(1, points.size());
		return (MicromagneticInput) points.get(0).input();
	}

	@Test
	void standardProblem4() {
		MicromagneticInput in = compile("standard-problems/sp4.spintex");
		assertEquals(128, in.film().nx());
		assertEquals(32, in.film().ny());
		assertEquals(1, in.film().nz());
		assertEquals(500e-9 / 128, in.film().cellXMetre(), 1e-20);
		assertEquals(3e-9, in.film().cellZMetre(), 1e-20);
		assertEquals(800e3, in.material().msAmperePerMetre(), 1e-6);
		assertEquals(13e-12, in.material().exchangeJPerM(), 1e-26);
		assertEquals(0.02, in.material().alpha(), 1e-15);
		assertTrue(in.demag());
		assertEquals(GroundStateSearch.Method.MINIMIZE, in.groundState().method());
		assertEquals(1e-9, in.durationSeconds(), 1e-20);
		assertEquals(1, in.fieldDrives().size());
		Vector3 b = in.fieldDrives().get(0).at(0.5e-9);
		assertEquals(-24.6e-3, b.x(), 1e-15);
		assertEquals(4.3e-3, b.y(), 1e-15);
		assertEquals(new Vector3(1, 0.1, 0), ((InitialStateInput.Uniform) in.initialState()).direction());
		assertEquals(Precision.DOUBLE, in.precision(), "a study that says nothing computes in double");
	}

	@Test
	void precisionSingleReachesTheInput(@TempDir Path folder) throws IOException {
		String sp4 = Files.readString(ExampleFiles.example("standard-problems/sp4.spintex"));
		Path single = folder.resolve("sp4-single.spintex");
		Files.writeString(single, sp4.replace("\t\toutputs m\n", "\t\toutputs m\n\t\tprecision single\n"));
		assertEquals(Precision.SINGLE, compile(single).precision());
	}

	@Test
	void standardProblem5DrivesAZhangLiCurrentAlongX() {
		MicromagneticInput in = compile("standard-problems/sp5.spintex");
		assertEquals(4, in.film().nz());
		assertEquals(2.5e-9, in.film().cellZMetre(), 1e-20);
		CurrentInput current = in.currents().get(0);
		assertEquals(new Vector3(1e12, 0, 0), current.currentDensity());
		assertEquals(1, current.polarization(), 0);
		assertEquals(0.05, current.beta(), 1e-15);
		assertEquals(ZhangLiConvention.MUMAX, current.zhangLiConvention());
		InitialStateInput.Vortex vortex = assertInstanceOf(InitialStateInput.Vortex.class, in.initialState());
		// the file gives the core radius and leaves the centre to the engine (the film's, FilmTextures)
		assertEquals(10e-9, vortex.coreRadiusMetre().orElseThrow(), 1e-20);
		assertTrue(vortex.centre().isEmpty());
	}

	@Test
	void dmiStandardProblemArrivesInTheMumaxConvention() {
		MicromagneticInput in = compile("standard-problems/dmi-disk.spintex");
		// the paper's D = +3 mJ/m² with its inverted invariant is −3 mJ/m² in MuMax3's convention
		assertEquals(-3e-3, in.material().dmiJPerM2(), 1e-15);
		assertEquals(org.spintex.input.DmiKind.INTERFACIAL, in.material().dmiClass());
		assertFalse(in.demag());
		assertEquals(org.spintex.input.FilmShape.DISK, in.film().shape());
		assertEquals(50, in.film().nx());
		InitialStateInput.Skyrmion s = assertInstanceOf(InitialStateInput.Skyrmion.class, in.initialState());
		assertEquals(1, s.corePolarity());
		assertEquals(25e-9, s.radiusMetre().orElseThrow(), 1e-20);
		// the helicity is the engine's: the one the DMI favours (FilmTexturesTest)
		assertTrue(s.chirality().isEmpty());
		assertEquals(List.of(org.spintex.input.FieldOutput.MAGNETIZATION, org.spintex.input.FieldOutput.TOPOLOGICAL_DENSITY),
				in.fieldOutputs());
	}

	@Test
	void aCurrentAlongTheContactBecomesSeed000sInterfaceTorque(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
		Path file = java.nio.file.Files.writeString(dir.resolve("pump.spintex"), """
				spintex 3
				material M { exchange A = 1 pJ/m  saturation Ms = 100 kA/m  damping alpha = 0.05 }
				device Pump {
					film magnet { material M  shape box  length 200 nm  width 100 nm  thickness 2 nm  cell 2 nm }
					contact left on magnet.west { current I = 3 mA  polarization P = 0.5  beta b = 0.1  flow interface }
					study pump : micromagnetic { film magnet  duration 1 ns }
				}
				""");
		MicromagneticInput in = compile(file);
		CurrentInput current = in.currents().get(0);
		assertTrue(current.alongEdge());
		assertEquals(FilmEdge.WEST, current.edge());
		// J_L = I/d along the edge (+y), carried by the first cell column: J = I/(d Δx)
		assertEquals(new Vector3(0, 3e-3 / (2e-9 * 2e-9), 0), current.currentDensity());
		assertEquals(0.1, current.beta(), 1e-15);
		assertEquals(ZhangLiConvention.UBERMAG, current.zhangLiConvention());
	}

	@Test
	void racetrackHasASpinOrbitPulse() {
		MicromagneticInput in = compile("skyrmion-racetrack/spin-orbit-push.spintex");
		CurrentInput current = in.currents().get(0);
		assertEquals(0.1, current.spinHallAngle(), 1e-15);
		assertEquals(0, current.polarization(), 0);
		assertEquals(1, current.envelope(0.15e-9), 0);
		assertEquals(0, current.envelope(0.25e-9), 0);
		assertTrue(in.film().periodicX());
		assertFalse(in.film().periodicY());
		// a skyrmion unless the file says otherwise: core down, vorticity +1, so Q = −1 in MuMax3's sign
		InitialStateInput.Skyrmion s = assertInstanceOf(InitialStateInput.Skyrmion.class, in.initialState());
		assertEquals(-1, s.corePolarity());
		assertEquals(-1, s.charge());
		assertEquals(1, s.vorticity());
		assertEquals(40e-9, s.centre().orElseThrow().x(), 1e-20);
	}
}
