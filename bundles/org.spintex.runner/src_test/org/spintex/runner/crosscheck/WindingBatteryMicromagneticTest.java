package org.spintex.runner.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.results.MemorySink;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.solver.DormandPrince45;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.MagnetizationState;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.ExchangeField;
import org.spintex.engine.llg.term.UniaxialAnisotropyField;
import org.spintex.engine.llg.torque.SpinOrbitTorque;
import org.spintex.engine.winding.study.WindingBatteryStudy;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.DmiKind;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.SpinHallContactInput;
import org.spintex.input.WindingBatteryInput;

/**
 * Seed 001's reduced model against full micromagnetics: the same easy-plane wire (A_ex 3.7 pJ/m, K 10 kJ/m³ with
 * the hard axis along the wire, Ms 140 kA/m, α 0.1, 100 cells of 4 × 20 × 5 nm) charged by the same spin Hall
 * torque at its end cells — in the LLG engine a damping-like spin-orbit torque polarised ±x under the end cells,
 * injecting (ħ/2e) θ J dx dy = ϑI of angular momentum per second — winds to the same steady winding density and
 * stores the same energy.
 */
class WindingBatteryMicromagneticTest {

	private static final int CELLS = 100;
	private static final double DX = 4e-9, DY = 20e-9, DZ = 5e-9;
	private static final double A_EX = 3.7e-12, K = 1e4, MS = 140e3, ALPHA = 0.1, GAMMA = 1.7595e11;
	private static final double CURRENT = 100e-6;

	@Test
	void theLlgEngineWindsTheWireAsTheSpinHydrodynamicsDo() {
		double s = MS / GAMMA;
		SpinHallContactInput west = new SpinHallContactInput("west", 0.1, 400e-18, 100e-18, 0, 10);
		SpinHallContactInput east = new SpinHallContactInput("east", 0.1, 400e-18, 100e-18, 0, 10);
		WindingBatteryInput battery = new WindingBatteryInput("Check", "charge", CELLS, DX, false, DY * DZ,
				new MagnetMaterialInput(MS, A_EX, ALPHA, GAMMA,
						List.of(new AnisotropyInput(AnisotropyKind.EASY_PLANE, K, Vector3.UNIT_X)), DmiKind.NONE, 0), List.of(), west, east, CURRENT, 0, 10e-9, 0, 0,
				10e-12, 1e-9, 0);
		MemorySink hydro = new MemorySink();
		new WindingBatteryStudy().run(battery, hydro, RunControl.NONE);
		double rho = hydro.scalar("charged-winding-density");
		double energy = hydro.scalar("charged-energy");
		assertEquals(hydro.scalar("theory-winding-density"), rho, 1e-4 * rho, "the hydrodynamic wire has reached eq. (7)");

		double vartheta = PhysicalConstants.HBAR / (2 * PhysicalConstants.ELEMENTARY_CHARGE) * 4 * Math.tan(0.1);
		try (CellLoops loops = new CellLoops(1)) {
			Mesh mesh = new Mesh(CELLS, 1, 1, DX, DY, DZ, false, false);
			Magnet magnet = Magnet.of(mesh, new Shape.Everywhere(), MS, ALPHA, GAMMA, loops);
			LlgEquation llg = new LlgEquation(magnet);
			llg.add(new ExchangeField(magnet, A_EX, BoundaryCondition.neumann()));
			llg.add(new UniaxialAnisotropyField(magnet, -K, 0, 1, 0, 0));
			// θ J dx dy (ħ/2e) = ϑ I: the spin Hall torque of seed 001 eq. (6) on the end cell, σ = ĵ × ẑ = ±x
			double spinHallAngle = 1;
			double j = vartheta * CURRENT / (PhysicalConstants.HBAR / (2 * PhysicalConstants.ELEMENTARY_CHARGE) * spinHallAngle * DX * DY);
			llg.add(new SpinOrbitTorque(magnet, spinHallAngle, 0, DZ, new Vector3(0, 1, 0), Vector3.UNIT_Z, t -> j, endCell(0)));
			llg.add(new SpinOrbitTorque(magnet, spinHallAngle, 0, DZ, new Vector3(0, -1, 0), Vector3.UNIT_Z, t -> j, endCell(CELLS - 1)));
			MagnetizationState state = new MagnetizationState(magnet.uniform(0, 1, 0), 1e-13);
			DormandPrince45 integrator = new DormandPrince45(1e-7, 1e-20);
			while (state.timeSecond() < 10e-9) {
				integrator.step(llg, state, 10e-9 - state.timeSecond());
			}
			VectorField m = state.m();
			double twist = 0, exchange = 0, outOfPlane = 0;
			for (int i = 0; i + 1 < CELLS; i++) {
				double angle = Math.atan2(m.z(i + 1), m.y(i + 1)) - Math.atan2(m.z(i), m.y(i));
				angle -= 2 * Math.PI * Math.rint(angle / (2 * Math.PI));
				twist += angle;
				// the lattice exchange energy of the bond, A_ex S_m |m_{i+1} − m_i|² / a
				Vector3 d = m.get(i + 1).minus(m.get(i));
				exchange += A_EX * DY * DZ * d.dot(d) / DX;
				outOfPlane = Math.max(outOfPlane, Math.abs(m.x(i)));
			}
			double llgRho = Math.abs(twist) / ((CELLS - 1) * DX);
			assertTrue(outOfPlane < 1e-3, "the steady spiral stays in the easy plane: |m_x| ≤ " + outOfPlane);
			assertEquals(rho, llgRho, 0.05 * rho, "winding density, LLG vs spin hydrodynamics");
			assertEquals(energy, exchange, 0.05 * energy, "stored energy, LLG vs spin hydrodynamics");
			// closer than the 5 % asked: the lattices differ only by sin Δ against Δ on a bond of Δ = ρa ≈ 0.07
			assertEquals(rho, llgRho, 3e-3 * rho);
			assertEquals(energy, exchange, 3e-3 * energy);
		}
	}

	private static boolean[] endCell(int cell) {
		boolean[] region = new boolean[CELLS];
		region[cell] = true;
		return region;
	}
}
