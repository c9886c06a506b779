package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.BatteryGateInput;
import org.spintex.input.WindingBatteryInput;

/** The seed 001 example compiles to the loop of Fig. 1 in SI, with the spin susceptibility s²/2K of the easy plane. */
class WindingBatteryCompilerTest {

	@Test
	void theBatteryOfFigure1IsAGatedLoopBetweenTwoPtContacts() {
		List<CompiledPoint> points = ExampleFiles.compile(ExampleFiles.example("winding-battery/charge-store-discharge.spintex"));
		assertEquals(1, points.size());
		WindingBatteryInput in = (WindingBatteryInput) points.get(0).input();
		assertEquals(250, in.cells());
		assertEquals(4e-9, in.cellLengthMetre(), 1e-24);
		assertTrue(in.closedLoop());
		assertEquals(20e-9 * 5e-9, in.crossSectionM2(), 1e-30);
		double s = 140e3 / 1.7595e11;
		assertEquals(s, in.magnet().spinDensityJsPerM3(), 1e-12 * s);
		assertEquals(10e3, in.magnet().anisotropy(AnisotropyKind.EASY_PLANE).orElseThrow().kJPerM3(), 1e-9);
		assertEquals(3.7e-12, in.magnet().exchangeJPerM(), 1e-24);
		assertEquals(0.02, in.magnet().alpha());
		// the gate over the seam: ±1 nm around x = 0, the stiffness lowered ten-thousandfold, nothing else
		BatteryGateInput gate = in.gates().get(0);
		assertEquals(-1e-9, gate.fromMetre(), 1e-21);
		assertEquals(1e-9, gate.toMetre(), 1e-21);
		assertEquals(3.7e-16, gate.gated().exchangeJPerM(), 1e-28);
		assertEquals(in.magnet().anisotropies(), gate.gated().anisotropies());
		assertEquals(in.magnet().spinDensityJsPerM3(), gate.gated().spinDensityJsPerM3());
		// one current through both contacts, ϑ's geometry S_c = 400 nm², S_w = 100 nm²
		assertEquals(150e-6, in.chargingCurrentAmpere(), 1e-18);
		assertEquals(400e-18, in.west().areaM2(), 1e-30);
		assertEquals(100e-18, in.east().wireCrossSectionM2(), 1e-30);
		assertEquals(5e18, in.east().mixingConductancePerM2(), 1e3);
		assertEquals(20, in.west().resistanceOhm() + in.east().resistanceOhm(), 1e-12);
		assertEquals(10, in.loadResistanceOhm(), 1e-12);
		assertEquals(40e-9 + 30e-9 + 50e-9, in.chargeTimeSecond() + in.storeTimeSecond() + in.dischargeTimeSecond(), 1e-20);
		assertEquals(120e-9 / 1000, in.outputEverySecond(), 1e-22);
	}

	@Test
	void aSusceptibilityOfTheMaterialReachesTheEngine(@TempDir Path dir) throws IOException {
		String example = Files.readString(ExampleFiles.example("winding-battery/charge-store-discharge.spintex"));
		Path file = dir.resolve("battery.spintex");
		Files.writeString(file, example.replace("import \"../materials/easy-plane-magnets.spintex\"", """
				material EasyPlaneGarnet {
					exchange A = 3.7 pJ/m
					anisotropy easy-plane K = 10 kJ/m^3 along x
					spin-density s = 1e-6 J*s/m^3
					susceptibility chi = 0.5
					damping alpha = 0.02
				}
				"""));
		WindingBatteryInput in = (WindingBatteryInput) ExampleFiles.compile(file).get(0).input();
		assertEquals(1e-6, in.magnet().spinDensityJsPerM3(), 1e-18);
		// the engine turns it into χ_s = χ_m / (µ0 γ²) (EasyPlaneMagnetTest)
		assertEquals(0.5, in.magnet().susceptibility().orElseThrow(), 1e-15);
	}
}
