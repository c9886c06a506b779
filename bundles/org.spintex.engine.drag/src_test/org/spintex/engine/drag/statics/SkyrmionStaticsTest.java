package org.spintex.engine.drag.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hard-cutoff skyrmion of seed 000 sec. III.C against the paper's closed forms, eqs. (29)–(32), written in the
 * material's constants A_ex, K, D_ex of the micromagnetic energy density A_ex(∇m)² − K m_z² + D_ex(…) and the
 * thickness d. Eq. (25) halves its exchange and anisotropy, so its constants are A = 2A_ex d, κ = 2Kd, D = D_ex d,
 * and the closed forms become λ_κ² = A_ex/K, λ_D = 2A_ex/D_ex, R0 = πD_ex/K, E0 = 8πA_ex d (C − (D_ex/D_c)²) and
 * E_b = π³D_ex² d/(2K) with D_c = 4√(A_ex K)/π.
 */
class SkyrmionStaticsTest {

	/** A material (A_ex, D_ex, K, d) and its film. */
	record Case(double a, double d, double k, double thickness) {
		ChiralFilm film() {
			return ChiralFilm.ofMaterial(a, d, k, thickness);
		}

		double criticalDmi() {
			return 4 * Math.sqrt(a * k) / Math.PI;
		}

		@Override
		public String toString() {
			return String.format("A %.3g J/m, D %.3g J/m², K %.3g J/m³, d %.3g m", a, d, k, thickness);
		}
	}

	/**
	 * The example film (examples/materials/chiral-magnets.spintex), Pt/Co at D = 0.6 D_c, and the film of the
	 * cross-engine case (A 10 pJ/m, D 2 mJ/m², K 0.5 MJ/m³, d 1 nm, D = 0.70 D_c).
	 */
	static Case[] cases() {
		return new Case[] { new Case(0.7e-12, 0.1e-3, 10e3, 1e-9), new Case(15e-12, 2.11e-3, 0.8e6, 1e-9),
				new Case(10e-12, 2e-3, 0.5e6, 1e-9) };
	}

	static double exchangeConstantClosedForm() {
		return HardCutoffClosedForms.exchangeConstant();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void exchangeConstantMatchesTheCosineIntegral(Case c) {
		assertEquals(exchangeConstantClosedForm(), new SkyrmionStatics(c.film()).exchangeConstant(), 1e-11);
		assertEquals(1.5384, exchangeConstantClosedForm(), 1e-4, "C is of order one, as the paper says");
	}

	@ParameterizedTest
	@MethodSource("cases")
	void filmCarriesEquation25sConstants(Case c) {
		ChiralFilm film = c.film();
		assertEquals(2 * c.a() * c.thickness(), film.exchangeJoule(), 1e-30);
		assertEquals(2 * c.k() * c.thickness(), film.anisotropyJPerM2(), 1e-20);
		assertEquals(c.d() * c.thickness(), film.dmiJPerM(), 1e-25);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void stabilityBoundIsTheCriticalDmi(Case c) {
		// π²D²/(4κA) = (D_ex/D_c)²: the paper's bound 1 is the textbook D_c = 4√(A_ex K)/π
		double ratio = c.d() / c.criticalDmi();
		assertEquals(ratio * ratio, c.film().stabilityParameter(), 1e-12);
		assertEquals(1, ChiralFilm.ofMaterial(c.a(), c.criticalDmi(), c.k(), c.thickness()).stabilityParameter(), 1e-12);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void energyFollowsEquation29(Case c) {
		SkyrmionStatics statics = new SkyrmionStatics(c.film());
		double lk2 = c.a() / c.k(), ld = 2 * c.a() / c.d();
		double cc = exchangeConstantClosedForm();
		for (double r : new double[] { 0.2 * ld, ld, 3 * ld, 10 * ld }) {
			// eq. (29): E_sk/(4πA) = C − (π/4) R/λ_D + (1/16) R²/λ_κ², with A = 2A_ex d
			double expected = 8 * Math.PI * c.a() * c.thickness() * (cc - Math.PI / 4 * r / ld + r * r / (16 * lk2));
			assertEquals(expected, statics.energyJoule(r), 1e-10 * Math.abs(expected), "R = " + r);
		}
	}

	@ParameterizedTest
	@MethodSource("cases")
	void equilibriumRadiusIsEquation30(Case c) {
		// R0 = 2πλ_κ²/λ_D = πD_ex/K; n_z = cos(π(1 − r/R0)) vanishes at R0/2
		double r0 = Math.PI * c.d() / c.k();
		SkyrmionStatics statics = new SkyrmionStatics(c.film());
		assertEquals(r0, statics.equilibriumRadiusMetre(), 1e-7 * r0);
		assertEquals(r0 / 2, statics.equilibriumCoreRadiusMetre(), 1e-7 * r0);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void equilibriumEnergyIsEquation31(Case c) {
		double ratio = c.d() / c.criticalDmi();
		double e0 = 8 * Math.PI * c.a() * c.thickness() * (exchangeConstantClosedForm() - ratio * ratio);
		assertEquals(e0, new SkyrmionStatics(c.film()).equilibriumEnergyJoule(), 1e-9 * Math.abs(e0));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void collapseBarrierIsEquation32(Case c) {
		// eq. (32) π³D²/κ with D = D_ex d and κ = 2Kd
		double eb = Math.pow(Math.PI, 3) * c.d() * c.d() * c.thickness() / (2 * c.k());
		assertEquals(eb, new SkyrmionStatics(c.film()).collapseBarrierJoule(), 1e-8 * eb);
	}

	@Test
	void exampleFilmHostsMetastableProtectedSkyrmions() {
		Case example = cases()[0];
		SkyrmionStatics statics = new SkyrmionStatics(example.film());
		assertTrue(example.film().stabilityParameter() < 1, "seed 000's stability condition π²D²/(4κA) < 1");
		// R0 = πD_ex/K = 31.4 nm for D_ex = 0.1 mJ/m², K = 10 kJ/m³
		assertEquals(31.416e-9, statics.equilibriumRadiusMetre(), 0.001e-9);
		assertTrue(statics.equilibriumEnergyJoule() > 0, "above the uniform state: an excitation, not a crystal");
		assertTrue(statics.collapseBarrierJoule() > statics.equilibriumEnergyJoule(), "protected: E_b > E0 (sec. V)");
	}

	@Test
	void nonPositiveConstantsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> ChiralFilm.ofMaterial(0.7e-12, 0.1e-3, -1, 10e-9));
		assertThrows(IllegalArgumentException.class, () -> ChiralFilm.ofMaterial(0.7e-12, 0.1e-3, 6e4, 0));
		assertThrows(IllegalArgumentException.class, () -> new HardCutoffProfile(0));
	}
}
