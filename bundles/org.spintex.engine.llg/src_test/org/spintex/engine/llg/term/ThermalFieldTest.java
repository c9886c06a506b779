package org.spintex.engine.llg.term;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.HeunIntegrator;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.MagnetizationState;
import org.spintex.engine.llg.solver.TimeEvolution;

/**
 * Fluctuation–dissipation: independent macrospins in a field B at temperature T must sample the
 * Boltzmann distribution, whose mean is the Langevin function ⟨m_z⟩ = coth ξ − 1/ξ with
 * ξ = Ms V B / (k_B T). This only holds if the noise amplitude, the damping and the Stratonovich
 * (Heun) integration are consistent.
 */
class ThermalFieldTest {

	private static final double NM = Fixtures.NM;
	private static final double MS = 800e3;
	private static final double T = 300;

	private static double sampleMeanMz(double xi, int threads, long seed) {
		Mesh mesh = new Mesh(32, 32, 1, 2 * NM, 2 * NM, 2 * NM);
		Magnet magnet = Fixtures.box(mesh, MS, 0.5, threads);
		double b = xi * PhysicalConstants.BOLTZMANN * T / (MS * mesh.cellVolume());
		LlgEquation equation = new LlgEquation(magnet)
				.add(ZeemanField.constant(magnet, new Vector3(0, 0, b)))
				.add(new ThermalField(magnet, T, seed));
		VectorField m = magnet.uniform(0, 0, 1);
		MagnetizationState state = new MagnetizationState(m, 0);
		double[] sum = { 0 };
		int[] samples = { 0 };
		double equilibration = 0.2e-9;
		new TimeEvolution(equation, new HeunIntegrator(5e-14)).run(state, 2.2e-9, 10e-12, s -> {
			if (s.timeSecond() > equilibration) {
				for (int c = 0; c < m.cellCount(); c++) {
					sum[0] += m.z[c];
				}
				samples[0] += m.cellCount();
			}
		}, RunControl.NONE);
		magnet.loops().close();
		return sum[0] / samples[0];
	}

	private static double langevin(double xi) {
		return 1 / Math.tanh(xi) - 1 / xi;
	}

	@Test
	void macrospinsFollowTheLangevinFunction() {
		for (double xi : new double[] { 0.5, 2, 6 }) {
			double mean = sampleMeanMz(xi, 1, 42);
			System.out.printf("Langevin xi = %.1f: <m_z> = %.4f, L(xi) = %.4f%n", xi, mean, langevin(xi));
			assertEquals(langevin(xi), mean, 0.01, "ξ = " + xi);
		}
	}

	@Test
	void noiseIsTheSameForAnyThreadCount() {
		Mesh mesh = new Mesh(80, 70, 1, 2 * NM, 2 * NM, 2 * NM);
		double[][] noise = new double[2][];
		for (int t = 0; t < 2; t++) {
			Magnet magnet = Fixtures.box(mesh, MS, 0.1, t + 1);
			ThermalField thermal = new ThermalField(magnet, T, 2026);
			thermal.draw(17, 1e-13);
			VectorField b = new VectorField(mesh);
			thermal.addField(0, magnet.uniform(0, 0, 1), b);
			noise[t] = b.y;
			magnet.loops().close();
		}
		assertArrayEquals(noise[0], noise[1]);
	}
}
