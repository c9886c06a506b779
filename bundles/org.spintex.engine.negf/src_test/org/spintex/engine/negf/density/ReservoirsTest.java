package org.spintex.engine.negf.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.GaussKronrod;
import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.engine.negf.lead.TightBindingLead;
import org.spintex.engine.negf.lead.WideBandLead;
import org.spintex.engine.negf.model.PrecessingChain;
import org.spintex.engine.negf.model.Reservoir;
import org.spintex.engine.negf.spin.SpinBlock;
import org.spintex.engine.negf.torque.LeadSpinCurrents;
import org.spintex.engine.negf.torque.SiteTorque;

/**
 * Reservoirs at finite temperature and with a bias, against the closed forms of one wide-band site: its
 * two spin levels ε± = ∓J_sd along ±M are Lorentzians of half-width Γ (each lead Σ = −iΓ/2), so
 * ρ = Σ± P± n±, with n± the average over the leads of ∫ f(E) Γ/π/((E − ε±)² + Γ²) dE, and the particle
 * current between the leads is Σ± ∫ dE/2π Γ²/((E − ε±)² + Γ²) (f_L − f_R).
 */
class ReservoirsTest {

	private static final GaussKronrod QUADRATURE = new GaussKronrod(1e-14, 1e-12, 20_000, CellLoops.sequential());
	private static final double SD = 0.4, GAMMA = 0.3;
	private static final Vector3 M = new Vector3(Math.sin(0.9) * Math.cos(0.2), Math.sin(0.9) * Math.sin(0.2), Math.cos(0.9));

	private static RotatingFrameSolver wideBandSite(Reservoir left, Reservoir right) {
		WideBandLead lead = new WideBandLead(GAMMA);
		return new RotatingFrameSolver(new PrecessingChain(1, SD, new Vector3[] { M }, 0, left, right, lead, lead), QUADRATURE);
	}

	/** ∫ f(E) L(E) dE for a Lorentzian of centre ε and half-width Γ, with E = ε + Γ tan u: (1/π)∫ f du, Simpson on 2·10⁵ panels. */
	private static double filling(Reservoir reservoir, double level) {
		int panels = 200_000;
		double h = Math.PI / panels, sum = 0;
		for (int k = 1; k < panels; k++) {
			double u = -Math.PI / 2 + k * h;
			sum += (k % 2 == 1 ? 4 : 2) * reservoir.occupation(level + GAMMA * Math.tan(u), 0);
		}
		// f → 1 at u = −π/2 and 0 at u = π/2
		return (sum + 1) * h / 3 / Math.PI;
	}

	/** ⟨σ⟩ = (n₊ − n₋) M: the majority level ε₊ = −J lies along M. */
	private static double spinAlongM(SpinBlock rho) {
		double[] s = rho.pauliComponentsRe();
		return s[0] * M.x() + s[1] * M.y() + s[2] * M.z();
	}

	@Test
	void aWarmReservoirFillsTheLevelsWithTheFermiFunction() {
		Reservoir warm = new Reservoir(0.1, 0.05);
		RotatingFrameSolver solver = wideBandSite(warm, warm);
		double expected = filling(warm, -SD) - filling(warm, SD);
		assertEquals(expected, spinAlongM(solver.exact()[0]), 1e-9);
		assertEquals(expected, spinAlongM(solver.parts().adiabatic()[0]), 1e-9);
		assertEquals(filling(warm, -SD) + filling(warm, SD), solver.exact()[0].traceRe(), 1e-9);
	}

	@Test
	void aBiasFillsTheLevelsWithTheMeanOfTheLeadsAndDrivesTheLandauerCurrent() {
		Reservoir left = Reservoir.cold(0.35), right = Reservoir.cold(-0.2);
		RotatingFrameSolver solver = wideBandSite(left, right);
		// zero temperature: ∫^µ L = 1/2 + arctan((µ − ε)/Γ)/π
		double[] n = new double[2];
		double current = 0;
		for (int s = 0; s < 2; s++) {
			double level = s == 0 ? -SD : SD;
			double nl = 0.5 + Math.atan((left.chemicalPotential() - level) / GAMMA) / Math.PI;
			double nr = 0.5 + Math.atan((right.chemicalPotential() - level) / GAMMA) / Math.PI;
			n[s] = 0.5 * (nl + nr);
			current += GAMMA / (2 * Math.PI) * (Math.atan((left.chemicalPotential() - level) / GAMMA)
					- Math.atan((right.chemicalPotential() - level) / GAMMA));
		}
		SpinBlock rho = solver.exact()[0];
		assertEquals(n[0] - n[1], spinAlongM(rho), 1e-10);
		assertEquals(n[0] + n[1], rho.traceRe(), 1e-10);
		LeadSpinCurrents.Currents currents = LeadSpinCurrents.exact(solver, QUADRATURE);
		// particles leave into the lower reservoir (right) and come from the upper one
		assertEquals(current, currents.particlesRight(), 1e-10);
		assertEquals(-current, currents.particlesLeft(), 1e-10);
		// ⟨σ⟩ stays along M, so the site feels no torque, and angular-momentum balance lets no net spin leave it
		assertEquals(0, currents.spinLeft() + currents.spinRight(), 1e-12);
	}

	/** An energy integral that cannot reach its tolerance in the intervals it may use is an error, not a current. */
	@Test
	void anUnconvergedLeadCurrentIsAnErrorNotAResult() {
		RotatingFrameSolver solver = wideBandSite(Reservoir.cold(0.35), Reservoir.cold(-0.2));
		GaussKronrod starved = new GaussKronrod(1e-300, 1e-300, 1, CellLoops.sequential());
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> LeadSpinCurrents.exact(solver, starved));
		assertTrue(e.getMessage().startsWith("the lead currents' energy integral did not converge: error "), e.getMessage());
	}

	@Test
	void atFiniteTemperatureTheTorqueStillBalancesThePumpedSpinCurrentAndTheDecompositionHoldsToSecondOrder() {
		Random random = new Random(7);
		Vector3[] texture = new Vector3[4];
		for (int i = 0; i < texture.length; i++) {
			texture[i] = new Vector3(random.nextGaussian(), random.nextGaussian(), random.nextGaussian()).normalized();
		}
		Reservoir warm = new Reservoir(0.3, 0.04);
		TightBindingLead lead = new TightBindingLead(1, 0.8);
		double[] residual = new double[2];
		for (int k = 0; k < 2; k++) {
			double hw = 4e-3 / (1 << k);
			PrecessingChain chain = new PrecessingChain(1, 0.6, texture, hw, warm, warm, lead, lead);
			RotatingFrameSolver solver = new RotatingFrameSolver(chain, QUADRATURE);
			DensityMatrixParts parts = solver.parts();
			double exact = 0, surface = 0;
			for (int i = 0; i < texture.length; i++) {
				exact += SiteTorque.of(parts.exact()[i], chain.moment(i), chain.sdExchange(), hw).torque().z();
				surface += SiteTorque.of(parts.fermiSurface()[i], chain.moment(i), chain.sdExchange(), hw).torque().z();
				SpinBlock sum = parts.adiabatic()[i].plus(parts.geometric()[i]).plus(parts.fermiSea()[i]).plus(parts.fermiSurface()[i]);
				residual[k] = Math.max(residual[k], sum.minus(parts.exact()[i]).maxAbs());
			}
			LeadSpinCurrents.Currents pumped = LeadSpinCurrents.exact(solver, QUADRATURE);
			assertTrue(exact > 0);
			assertEquals(pumped.spinTotal(), exact, 1e-8 * exact);
			assertEquals(LeadSpinCurrents.linear(solver).spinTotal(), surface, 1e-8 * surface);
		}
		assertEquals(4, residual[0] / residual[1], 0.05);
	}
}
