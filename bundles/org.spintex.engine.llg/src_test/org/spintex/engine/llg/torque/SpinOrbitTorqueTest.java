package org.spintex.engine.llg.torque;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.Fixtures;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.DormandPrince45;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.MagnetizationState;
import org.spintex.engine.llg.solver.TimeEvolution;

/**
 * A macrospin under the damping-like spin-orbit torque alone turns towards σ = ĵ × n̂: with c = m·σ,
 * the Landau–Lifshitz form gives ċ = γB_DL(1 − c²)/(1 + α²), so c(t) = tanh(γB_DL t/(1 + α²)) from
 * c(0) = 0, with B_DL = ħθ_SH J/(2e Ms t) (Liu et al., Science 336, 555 (2012)).
 */
class SpinOrbitTorqueTest {

	@Test
	void dampingLikeTorqueTurnsMTowardsSigmaAtTheAnalyticRate() {
		double ms = 600e3, alpha = 0.3, theta = 0.1, j = 1e12, thickness = 1e-9;
		Magnet magnet = Fixtures.box(new Mesh(1, 1, 1, 1e-9, 1e-9, thickness), ms, alpha);
		LlgEquation equation = new LlgEquation(magnet).add(new SpinOrbitTorque(magnet, theta, 0, thickness, Vector3.UNIT_X,
				Vector3.UNIT_Z, t -> j, null));
		VectorField m = magnet.uniform(0, 0, 1);
		MagnetizationState state = new MagnetizationState(m, 1e-14);
		double bdl = PhysicalConstants.HBAR * theta * j / (2 * PhysicalConstants.ELEMENTARY_CHARGE * ms * thickness);
		double rate = Fixtures.GAMMA * bdl / (1 + alpha * alpha);
		Vector3 sigma = new Vector3(0, -1, 0); // x̂ × ẑ
		TimeEvolution evolution = new TimeEvolution(equation, new DormandPrince45(1e-9, 1e-20));
		for (double t : new double[] { 0.1e-9, 0.3e-9, 0.6e-9 }) {
			evolution.run(state, t, 0, s -> {
			}, RunControl.NONE);
			assertEquals(Math.tanh(rate * t), m.get(0).dot(sigma), 1e-6, "m·σ at t = " + t + " s");
		}
	}
}
