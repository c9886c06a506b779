package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.TopologicalDragInput;

/**
 * One material is one magnet in every engine: the micromagnetic engine precesses with γ and Ms, the drag engine
 * counts angular momentum with s, and Ms = γ s ties them. A material that gives Ms and s has γ = Ms/s in the
 * micromagnetic input (it had the free electron's γ0 while the drag engine used s); one that gives only Ms has
 * γ0 and s = Ms/γ0 in both.
 */
class SpinDensityTest {

	private static final double GAMMA0 = 1.7595e11;

	@TempDir
	Path dir;

	/** One film, one material, at 50 K (the drag study's temperature; the micromagnetic one then needs heun). */
	private String device(String spin, String engine) {
		return """
				spintex 3
				material Chiral {
					exchange A = 0.7 pJ/m
					dmi interfacial D = 0.1 mJ/m^2
					anisotropy uniaxial K = 10 kJ/m^3 along z
					saturation Ms = 110 kA/m
					SPIN
					damping alpha = 0.02
				}
				device Film {
					film magnet { material Chiral  shape box  length 200 nm  width 100 nm  thickness 1 nm  cell 2 nm }
					contact left on magnet.west { current I = 10 nA  polarization P = 0.5  annihilation-velocity gammaBar = 1 mm/s }
					contact right on magnet.east { polarization P = 0.5  resistance R = 100 Ohm  annihilation-velocity gammaBar = 1 mm/s }
					environment { temperature T = 50 K }
					texture skyrmions : skyrmion { charge -1  chirality neel  profile hard-cutoff }
					STUDY
				}
				""".replace("SPIN", spin).replace("STUDY", engine.equals("micromagnetic")
				? "study relax : micromagnetic { film magnet  integrator heun  time-step 10 fs }"
				: "study drag : topological-drag { carriers skyrmions  injector left  detector right }");
	}

	private Object compile(String spin, String engine) throws IOException {
		Path file = Files.writeString(dir.resolve(engine + ".spintex"), device(spin, engine));
		return ExampleFiles.compile(file).get(0).input();
	}

	@Test
	void aGivenSpinDensityIsTheSameMagnetToBothEngines() throws IOException {
		String spin = "spin-density s = 1e-6 J*s/m^3";
		MicromagneticInput llg = (MicromagneticInput) compile(spin, "micromagnetic");
		TopologicalDragInput drag = (TopologicalDragInput) compile(spin, "topological-drag");
		assertEquals(110e3 / 1e-6, llg.material().gammaRadPerSecondTesla(), 1e-6 * 110e3 / 1e-6);
		assertEquals(1e-6, drag.material().spinDensityJsPerM3(), 1e-18);
		assertEquals(drag.material().spinDensityJsPerM3(), llg.material().msAmperePerMetre() / llg.material().gammaRadPerSecondTesla(),
				1e-12 * drag.material().spinDensityJsPerM3());
	}

	@Test
	void withoutASpinDensityBothHaveTheFreeElectronsRatio() throws IOException {
		MicromagneticInput llg = (MicromagneticInput) compile("", "micromagnetic");
		TopologicalDragInput drag = (TopologicalDragInput) compile("", "topological-drag");
		assertEquals(GAMMA0, llg.material().gammaRadPerSecondTesla(), 0);
		assertEquals(110e3 / GAMMA0, drag.material().spinDensityJsPerM3(), 1e-12 * 110e3 / GAMMA0);
	}
}
