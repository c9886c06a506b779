package org.spintex.engine.texture.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.spintex.core.physics.PhysicalConstants.BOHR_MAGNETON;
import static org.spintex.core.physics.PhysicalConstants.ELEMENTARY_CHARGE;
import static org.spintex.core.physics.PhysicalConstants.HBAR;

import org.junit.jupiter.api.Test;
import org.spintex.core.collective.ThieleTensors;
import org.spintex.core.math.Vector3;
import org.spintex.engine.texture.motion.ThieleClosedForms;
import org.spintex.engine.texture.topology.DissipationTensor;
import org.spintex.engine.texture.topology.TextureThiele;
import org.spintex.engine.texture.topology.VortexNumber;
import org.spintex.input.CurrentInput;
import org.spintex.input.FilmEdge;
import org.spintex.input.ZhangLiConvention;

/** Seed 002 eqs. (62), (86), (87), (90) for a skyrmion of known tensors. */
class CurrentForcesTest {

	private static final double MS = 580e3;
	/** γ = 2µ_B/ħ, for which ħS/a³ = M_s/γ and the seed's units meet the micromagnetic ones exactly. */
	private static final double GAMMA = 2 * BOHR_MAGNETON / HBAR;
	private static final double S = MS / GAMMA;
	private static final double D = 1e-9;
	private static final VortexNumber SKYRMION = new VortexNumber(D, 0, 0, D);
	private static final DissipationTensor DISSIPATION = new DissipationTensor(6 * D, 0, 6 * D);

	private static CurrentInput current(double jx, double polarization, double beta) {
		return new CurrentInput("c", new Vector3(jx, 0, 0), polarization, beta, ZhangLiConvention.UBERMAG, 0, 0, 0, Double.POSITIVE_INFINITY,
				FilmEdge.WEST, false);
	}

	@Test
	void adiabaticForceIsTwoPiSpinCurrentTimesVortexNumber() {
		// eq. (62): |F| = 2π (ħ j_s/e) Φ_xy with j_s = P j, across the current
		double j = 1e11, p = 0.6;
		ThieleTensors thiele = TextureThiele.of(SKYRMION, DISSIPATION, 0.1, S);
		Force f = AdiabaticForce.of(thiele, SpinDrift.of(current(j, p, 0), MS));
		assertEquals(2 * Math.PI * HBAR * p * j * D / ELEMENTARY_CHARGE, f.magnitude(), 1e-12 * f.magnitude());
		assertEquals(0, f.xNewton(), 0);
	}

	@Test
	void textureFlowsWithTheElectronsAtAnyGyrovectorWhenBetaEqualsAlpha() {
		// eq. (90) with β = α: Ẋ = v_s exactly (Thiaville et al. 2005; Barnes and Maekawa 2005)
		double alpha = 0.3;
		ThieleTensors thiele = TextureThiele.of(SKYRMION, DISSIPATION, alpha, S);
		SpinDrift drift = SpinDrift.of(current(2e11, 0.5, alpha), MS);
		Force total = AdiabaticForce.of(thiele, drift).plus(BetaForce.of(alpha, S, DISSIPATION, drift));
		double[] v = thiele.velocity(total.xNewton(), total.yNewton());
		assertEquals(drift.xMetrePerSecond(), v[0], 1e-12 * drift.speed());
		assertEquals(0, v[1], 1e-12 * drift.speed());
		// the drift runs against the current, with the electrons: u = Pµ_B J/(e M_s)
		assertEquals(-0.5 * BOHR_MAGNETON * 2e11 / (ELEMENTARY_CHARGE * MS), drift.xMetrePerSecond(), 1e-12 * drift.speed());
	}

	@Test
	void skyrmionHallVelocityMatchesTheClosedForm() {
		double alpha = 0.3, beta = 0.1;
		ThieleTensors thiele = TextureThiele.of(SKYRMION, DISSIPATION, alpha, S);
		SpinDrift drift = SpinDrift.of(current(-3e11, 0.4, beta), MS);
		Force total = AdiabaticForce.of(thiele, drift).plus(BetaForce.of(beta, S, DISSIPATION, drift));
		double[] v = thiele.velocity(total.xNewton(), total.yNewton());
		double[] expected = ThieleClosedForms.freeVelocity(thiele.gyrotropicKgPerS(), S * DISSIPATION.xxMetre(), alpha, beta,
				drift.xMetrePerSecond());
		// v_s along +x here, so ẑ × v̂_s = +ŷ
		assertEquals(expected[0], v[0], 1e-12 * drift.speed());
		assertEquals(expected[1], v[1], 1e-12 * drift.speed());
	}

	@Test
	void reflectionPushesAlongTheElectronFlow() {
		// eq. (58): F = e N_e ρ_S j, against the current density
		Force f = ReflectionForce.of(1e8, 1e-12, new Vector3(1e11, 0, 0));
		assertEquals(-ELEMENTARY_CHARGE * 1e8 * 1e-12 * 1e11, f.xNewton(), 1e-30);
	}
}
