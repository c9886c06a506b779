package org.spintex.engine.drag.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hard-cutoff skyrmion of seed 000 sec. III.C against the paper's closed forms, eqs. (29)–(32). */
class SkyrmionStaticsTest {

	/** The example film (examples/materials/chiral-magnets.spintex) and a stiffer one, both with π²D²/(4κA) < 1. */
	static ChiralFilm[] films() {
		return new ChiralFilm[] { new ChiralFilm(0.7e-12, 0.1e-3, 60e3, 10e-9), new ChiralFilm(15e-12, 1.5e-3, 0.8e6, 1e-9) };
	}

	static double exchangeConstantClosedForm() {
		return HardCutoffClosedForms.exchangeConstant();
	}

	@ParameterizedTest
	@MethodSource("films")
	void exchangeConstantMatchesTheCosineIntegral(ChiralFilm film) {
		assertEquals(exchangeConstantClosedForm(), new SkyrmionStatics(film).exchangeConstant(), 1e-11);
		assertEquals(1.5384, exchangeConstantClosedForm(), 1e-4, "C is of order one, as the paper says");
	}

	@ParameterizedTest
	@MethodSource("films")
	void energyFollowsEquation29(ChiralFilm film) {
		SkyrmionStatics statics = new SkyrmionStatics(film);
		double lk = film.anisotropyLengthMetre();
		double ld = film.dmiLengthMetre();
		double c = exchangeConstantClosedForm();
		for (double r : new double[] { 0.2 * ld, ld, 3 * ld, 10 * ld }) {
			// eq. (29): E_sk/(4πA) = C − (π/4) R/λ_D + (1/16) R²/λ_κ², with 2D A = A·d
			double expected = 4 * Math.PI * film.exchangeStiffnessJPerM() * film.thicknessMetre()
					* (c - Math.PI / 4 * r / ld + r * r / (16 * lk * lk));
			assertEquals(expected, statics.energyJoule(r), 1e-10 * Math.abs(expected), "R = " + r);
		}
	}

	@ParameterizedTest
	@MethodSource("films")
	void equilibriumRadiusIsEquation30(ChiralFilm film) {
		double lk = film.anisotropyLengthMetre();
		double r0 = 2 * Math.PI * lk * lk / film.dmiLengthMetre();
		assertEquals(r0, new SkyrmionStatics(film).equilibriumRadiusMetre(), 1e-7 * r0);
	}

	@ParameterizedTest
	@MethodSource("films")
	void equilibriumEnergyIsEquation31(ChiralFilm film) {
		double a2d = film.exchangeStiffnessJPerM() * film.thicknessMetre();
		double e0 = 4 * Math.PI * a2d * (exchangeConstantClosedForm() - film.stabilityParameter());
		assertEquals(e0, new SkyrmionStatics(film).equilibriumEnergyJoule(), 1e-9 * Math.abs(e0));
	}

	@ParameterizedTest
	@MethodSource("films")
	void collapseBarrierIsEquation32(ChiralFilm film) {
		double d = film.dmiJPerM2();
		// eq. (32) with the 2D constants D·d and κ·d: π³ (Dd)² / (κd)
		double eb = Math.pow(Math.PI, 3) * d * d * film.thicknessMetre() / film.anisotropyJPerM3();
		assertEquals(eb, new SkyrmionStatics(film).collapseBarrierJoule(), 1e-8 * eb);
	}

	@Test
	void exampleFilmHostsMetastableSkyrmionsOfTenNanometres() {
		ChiralFilm film = films()[0];
		SkyrmionStatics statics = new SkyrmionStatics(film);
		assertTrue(film.stabilityParameter() < 1, "seed 000's stability condition π²D²/(4κA) ≲ 1");
		assertEquals(10.5e-9, statics.equilibriumRadiusMetre(), 0.1e-9);
		assertTrue(statics.equilibriumEnergyJoule() > 0, "above the uniform state: an excitation, not a crystal");
	}

	@Test
	void nonPositiveConstantsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new ChiralFilm(0.7e-12, 0.1e-3, -1, 10e-9));
		assertThrows(IllegalArgumentException.class, () -> new HardCutoffProfile(0));
	}
}
