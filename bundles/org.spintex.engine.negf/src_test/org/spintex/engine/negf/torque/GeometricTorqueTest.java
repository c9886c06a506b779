package org.spintex.engine.negf.torque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.GaussKronrod;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.negf.density.DensityMatrixParts;
import org.spintex.engine.negf.density.RotatingFrameSolver;
import org.spintex.engine.negf.lead.LeadSelfEnergy;
import org.spintex.engine.negf.lead.TightBindingLead;
import org.spintex.engine.negf.lead.WideBandLead;
import org.spintex.engine.negf.model.PrecessingChain;
import org.spintex.engine.negf.spin.SpinBlock;

/** Seed 004 in units of the hopping γ = 1, E_F = 0, T = 0. */
class GeometricTorqueTest {

	private static final double HW = 1e-3;
	private static final GaussKronrod QUADRATURE = new GaussKronrod(1e-14, 1e-13, 20_000, CellLoops.sequential());

	private static Vector3 cone(double theta, double phi) {
		return new Vector3(Math.sin(theta) * Math.cos(phi), Math.sin(theta) * Math.sin(phi), Math.cos(theta));
	}

	private static RotatingFrameSolver solver(double sd, Vector3[] moments, double hw, LeadSelfEnergy lead) {
		return new RotatingFrameSolver(new PrecessingChain(1, sd, moments, hw, 0, lead, lead), QUADRATURE);
	}

	private static SiteTorque torque(RotatingFrameSolver solver, SpinBlock[] rho, int i) {
		PrecessingChain chain = solver.chain();
		return SiteTorque.of(rho[i], chain.moment(i), chain.sdExchange(), chain.hbarOmega());
	}

	@Test
	void theWideBandGeometricTorqueOnOneMomentIsSeed004Equation5() {
		// T_geo = (ħω/2π)[π − 2 arctan(Γ/J_sd)] sinθ e_φ, Σ = −iΓ on the site (each lead −iΓ/2)
		for (double theta : new double[] { 0.3, Math.PI / 3, 2.5 }) {
			for (double gamma : new double[] { 0.05, 0.3, 2 }) {
				for (double sd : new double[] { 0.1, 2, 20 }) {
					RotatingFrameSolver solver = solver(sd, new Vector3[] { cone(theta, 0.4) }, HW, new WideBandLead(gamma));
					SiteTorque geometric = torque(solver, solver.parts().geometric(), 0);
					double expected = HW / (2 * Math.PI) * (Math.PI - 2 * Math.atan(gamma / sd)) * Math.sin(theta);
					String point = "θ " + theta + ", Γ " + gamma + ", J " + sd;
					assertEquals(expected, geometric.fieldLike(), 1e-8 * expected, point);
					assertEquals(0, geometric.dampingLike(), 1e-8 * expected, point);
				}
			}
		}
	}

	@Test
	void theFermiSurfaceTorqueOnOneMomentHasItsClosedForm() {
		// ρ_surf needs G₀ only at E_F = 0, where the tight-binding lead is the wide-band one with Γ = 2γ_c²/γ:
		// T_surf = ħωΓJ sinθ/(π(J² + Γ²)²)·[(J² − Γ²) e_FL + 2JΓ e_DL], for both kinds of lead
		double theta = 1.1, sd = 0.4, coupling = 0.6, gamma = 2 * coupling * coupling;
		for (LeadSelfEnergy lead : new LeadSelfEnergy[] { new TightBindingLead(1, coupling), new WideBandLead(gamma) }) {
			RotatingFrameSolver solver = solver(sd, new Vector3[] { cone(theta, -0.7) }, HW, lead);
			SiteTorque surface = torque(solver, solver.parts().fermiSurface(), 0);
			double scale = HW * gamma * sd * Math.sin(theta) / (Math.PI * Math.pow(sd * sd + gamma * gamma, 2));
			assertEquals(scale * (sd * sd - gamma * gamma), surface.fieldLike(), 1e-12);
			assertEquals(scale * 2 * sd * gamma, surface.dampingLike(), 1e-12);
		}
	}

	@Test
	void aClosedWireFeelsOnlyTheGeometricTorqueAndForOneMomentItIsFieldLike() {
		// γ_c → 0: T_geo = (ħω/2) sinθ e_FL exactly to first order; no Fermi-sea or -surface part
		double theta = 0.8;
		RotatingFrameSolver solver = solver(0.1, new Vector3[] { cone(theta, 1.2) }, HW, new TightBindingLead(1, 0));
		DensityMatrixParts parts = solver.parts();
		SiteTorque geometric = torque(solver, parts.geometric(), 0);
		assertEquals(1, geometric.fieldLike() / (HW / 2 * Math.sin(theta)), 1e-9);
		assertEquals(0, geometric.dampingLike(), 1e-15);
		assertEquals(0, torque(solver, parts.fermiSea(), 0).torque().norm(), 1e-15);
		assertEquals(0, torque(solver, parts.fermiSurface(), 0).torque().norm(), 1e-15);
	}

	private static Vector3[] randomTexture(int n, long seed) {
		Random random = new Random(seed);
		Vector3[] m = new Vector3[n];
		for (int i = 0; i < n; i++) {
			m[i] = new Vector3(random.nextGaussian(), random.nextGaussian(), random.nextGaussian()).normalized();
		}
		return m;
	}

	@Test
	void inEquilibriumTheElectronsExertNoNonequilibriumTorque() {
		// ω = 0: the exact ρ is the adiabatic one and the first-order parts vanish
		RotatingFrameSolver solver = solver(0.7, randomTexture(5, 3), 0, new TightBindingLead(1, 0.8));
		DensityMatrixParts parts = solver.parts();
		for (int i = 0; i < 5; i++) {
			assertEquals(0, parts.exact()[i].minus(parts.adiabatic()[i]).maxAbs(), 1e-12);
			assertEquals(0, parts.geometric()[i].maxAbs() + parts.fermiSea()[i].maxAbs() + parts.fermiSurface()[i].maxAbs(), 0);
		}
	}

	@Test
	void theTorquesObeyTheSumRulesOfSeed004Figure4() {
		// angular momentum: Σ_i T^geo_z = Σ_i T^sea_z = 0; Σ_i T^surf_z = pumped spin current (linear);
		// Σ_i T_z of the exact ρ = exact pumped spin current
		int n = 6;
		RotatingFrameSolver solver = solver(0.7, randomTexture(n, 11), HW, new TightBindingLead(1, 0.8));
		DensityMatrixParts parts = solver.parts();
		double geo = 0, sea = 0, surf = 0, exact = 0, scale = 0;
		for (int i = 0; i < n; i++) {
			geo += torque(solver, parts.geometric(), i).torque().z();
			sea += torque(solver, parts.fermiSea(), i).torque().z();
			surf += torque(solver, parts.fermiSurface(), i).torque().z();
			exact += torque(solver, parts.exact(), i).torque().z();
			scale = Math.max(scale, torque(solver, parts.geometric(), i).torque().norm());
		}
		LeadSpinCurrents.Currents linear = LeadSpinCurrents.linear(solver), pumped = LeadSpinCurrents.exact(solver, QUADRATURE);
		assertTrue(surf > 0, "the pumped spin current leaves the chain: " + surf);
		assertEquals(0, geo, 1e-10 * scale);
		assertEquals(0, sea, 1e-10 * scale);
		assertEquals(linear.spinTotal(), surf, 1e-8 * surf);
		assertEquals(pumped.spinTotal(), exact, 1e-8 * surf);
		// precession pumps spin, not charge, when the reservoirs agree
		assertEquals(0, pumped.particlesLeft() + pumped.particlesRight(), 1e-10 * surf);
	}

	@Test
	void theFourPartsAddUpToTheExactDensityMatrixToSecondOrderInTheFrequency() {
		// ρ_exact − (ρ_ad + ρ_geo + ρ_sea + ρ_surf) = O(ħω²): halving ħω quarters the residual
		Vector3[] texture = randomTexture(4, 5);
		double[] residual = new double[2];
		for (int k = 0; k < 2; k++) {
			RotatingFrameSolver solver = solver(0.3, texture, 4e-3 / (1 << k), new TightBindingLead(1, 0.7));
			DensityMatrixParts parts = solver.parts();
			for (int i = 0; i < texture.length; i++) {
				SpinBlock sum = parts.adiabatic()[i].plus(parts.geometric()[i]).plus(parts.fermiSea()[i]).plus(parts.fermiSurface()[i]);
				residual[k] = Math.max(residual[k], parts.exact()[i].minus(sum).maxAbs());
			}
		}
		assertEquals(4, residual[0] / residual[1], 0.1);
	}

	/** Seed 004 Fig. 1(c): the 7-moment head-to-head Bloch wall, u_i = (Z_DW − i)/W, Z_DW = 4, W = 0.9. */
	private static Vector3[] blochWall() {
		Vector3[] m = new Vector3[7];
		for (int i = 1; i <= 7; i++) {
			double u = (4 - i) / 0.9, sech = 1 / Math.cosh(u);
			m[i - 1] = new Vector3(-sech * Math.tanh(u), sech * sech, Math.tanh(u));
		}
		return m;
	}

	@Test
	void inTheAdiabaticLimitTheGeometricTorqueOnAClosedWallIsTheBerryPhaseTorque() {
		// J_sd = 20γ ≫ ħω, γ_c = 0 (seed 004 Fig. 3, closed): each electron spin follows its moment and
		// T_geo,i → (ħω/2) sinθ_i e_FL; the damping-like parts cancel in the sum (Σ_i T^geo_z = 0)
		Vector3[] wall = blochWall();
		RotatingFrameSolver solver = solver(20, wall, HW, new TightBindingLead(1, 0));
		SpinBlock[] geometric = solver.parts().geometric();
		double sumZ = 0;
		for (int i = 0; i < wall.length; i++) {
			SiteTorque t = torque(solver, geometric, i);
			double sinTheta = Math.hypot(wall[i].x(), wall[i].y());
			assertEquals(HW / 2 * sinTheta, t.fieldLike(), 0.01 * HW / 2 * sinTheta + 1e-9 * HW, "site " + (i + 1));
			sumZ += t.torque().z();
		}
		assertEquals(0, sumZ, 1e-12 * HW);
	}
}
