package org.spintex.engine.texture.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.spintex.core.physics.PhysicalConstants.BOHR_MAGNETON;
import static org.spintex.core.physics.PhysicalConstants.ELEMENTARY_CHARGE;
import static org.spintex.core.physics.PhysicalConstants.HBAR;
import static org.spintex.core.physics.PhysicalConstants.PLANCK;

import org.junit.jupiter.api.Test;
import org.spintex.core.collective.ThieleTensors;
import org.spintex.core.math.Vector3;
import org.spintex.engine.texture.force.AdiabaticForce;
import org.spintex.engine.texture.force.ReflectionForce;
import org.spintex.engine.texture.force.SpinDrift;
import org.spintex.engine.texture.topology.DissipationTensor;
import org.spintex.engine.texture.topology.TextureThiele;
import org.spintex.engine.texture.topology.VortexNumber;
import org.spintex.input.CurrentInput;
import org.spintex.input.ElectronGasInput;
import org.spintex.input.FilmEdge;
import org.spintex.input.ZhangLiConvention;

/** Seed 002 eqs. (58), (77), (78), (94), (95), (97), (98). */
class ElectronTransportTest {

	private static final ElectronGas IRON_LIKE = new ElectronGas(new ElectronGasInput(1.1e10, 0.2, 1e-7));

	@Test
	void splitBandHasTheSeedsPolarisationAndSplitting() {
		// n± = k_F±³/6π², P = ζ(3 + ζ²)/(1 + 3ζ²) (the ratio of eq. (32)'s spin density to n), Δ = 2ζε_F
		double zeta = 0.2, kf = 1.1e10;
		assertEquals(zeta * (3 + zeta * zeta) / (1 + 3 * zeta * zeta), IRON_LIKE.polarization(), 1e-14);
		assertEquals(kf * kf * kf * (1 + 3 * zeta * zeta) / (3 * Math.PI * Math.PI), IRON_LIKE.density(), 1e-12 * IRON_LIKE.density());
		assertEquals(2 * zeta * IRON_LIKE.fermiEnergy(), IRON_LIKE.exchangeSplitting(), 1e-14 * IRON_LIKE.exchangeSplitting());
	}

	@Test
	void hallResistivityIsTheOrdinaryHallEffectOfTheEmergentField() {
		// eq. (97) = P R₀ B_e with R₀ = 1/(ne) and B_e = n_v (h/e)/A: one flux quantum per skyrmion
		double area = 100e-9 * 100e-9, d = 2e-9;
		double rho = TopologicalHallEffect.resistivity(IRON_LIKE, d, area * d);
		double emergent = PLANCK / ELEMENTARY_CHARGE / area;
		assertEquals(IRON_LIKE.polarization() * emergent / (IRON_LIKE.density() * ELEMENTARY_CHARGE), rho, 1e-12 * rho);
		// eq. (98): j⊥/j₀ = ρ_xy/ρ₀
		assertEquals(rho / 1e-7, TopologicalHallEffect.hallCurrentRatio(IRON_LIKE, rho), 1e-20);
	}

	@Test
	void topologicalForceIsTheBackReactionOfTheHallEffect() {
		// eq. (78): F^ad = e N_e ρ_xy j, with the current polarised as the electrons are (P = j_s/j = (n₊ − n₋)/n)
		double ms = 800e3, gamma = 2 * BOHR_MAGNETON / HBAR, d = 2e-9, volume = 80e-9 * 80e-9 * d, j = 5e10;
		ThieleTensors thiele = TextureThiele.of(new VortexNumber(d, 0, 0, d), new DissipationTensor(1e-8, 0, 1e-8), 0.1, ms / gamma);
		CurrentInput current = new CurrentInput("c", new Vector3(j, 0, 0), IRON_LIKE.polarization(), 0, ZhangLiConvention.UBERMAG, 0, 0, 0,
				Double.POSITIVE_INFINITY, FilmEdge.WEST, false);
		double force = AdiabaticForce.of(thiele, SpinDrift.of(current, ms)).magnitude();
		double rho = TopologicalHallEffect.resistivity(IRON_LIKE, d, volume);
		assertEquals(force, TopologicalHallEffect.backReactionForce(IRON_LIKE, rho, volume, j), 1e-12 * force);
	}

	@Test
	void coreReflectionForceIsEquation95UpToItsDroppedFactor() {
		// eqs. (58) + (94) give (j/e)ħ d (π²/8)(k_F³/n) (Δ/ε_F)²(k_Fλ)² e^{−2ζ²k_F²λ²}; eq. (95) keeps only the
		// scaling, without the factor (π²/8)k_F³/n = 3π⁴/(8(1 + 3ζ²)) of the free-electron band
		double lambda = 1e-9, area = 50e-9 * 50e-9, d = 1e-9, j = 1e11;
		double rho = CoreResistivity.of(IRON_LIKE, lambda, area);
		double force = -ReflectionForce.of(IRON_LIKE.density() * area * d, rho, new Vector3(j, 0, 0)).xNewton();
		double kf = 1.1e10, zeta = 0.2;
		double ratio = IRON_LIKE.exchangeSplitting() / IRON_LIKE.fermiEnergy();
		double eq95 = j / ELEMENTARY_CHARGE * HBAR * ratio * ratio * kf * kf * lambda * lambda * d
				* Math.exp(-2 * zeta * zeta * kf * kf * lambda * lambda);
		assertEquals(3 * Math.pow(Math.PI, 4) / (8 * (1 + 3 * zeta * zeta)), force / eq95, 1e-12);
	}
}
