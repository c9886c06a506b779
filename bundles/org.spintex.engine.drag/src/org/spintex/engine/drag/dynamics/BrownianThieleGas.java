package org.spintex.engine.drag.dynamics;

import java.util.SplittableRandom;

import org.spintex.core.collective.ThieleTensors;

/**
 * Free rigid skyrmions under a thermal force: seed 000 eq. (17), η̂·v + G ẑ × v = F, with the
 * fluctuation–dissipation strength ⟨F_i(t)F_j(t′)⟩ = 2k_BT η_ij δ(t − t′). The velocity responds
 * instantly (no mass), so over a step Δt the displacement is Δr = µ̂·ΔP with ΔP Gaussian of
 * covariance 2k_BT η̂ Δt and µ̂ = (η̂ + Ĝ)⁻¹ (eq. (19)): exact for any Δt. The measured diffusion
 * constant ⟨Δx²⟩/(2t) tests eq. (20), the gyrotropic suppression included, and with the mobility
 * the Einstein relation eq. (16).
 */
public final class BrownianThieleGas {

	/** A measured diffusion constant with its one-sigma statistical error, in m²/s. */
	public record Measurement(double valueM2PerS, double standardErrorM2PerS) {
	}

	private final ThieleTensors thiele;
	private final double boltzmannTemperatureJoule;

	public BrownianThieleGas(ThieleTensors thiele, double boltzmannTemperatureJoule) {
		this.thiele = thiele;
		this.boltzmannTemperatureJoule = boltzmannTemperatureJoule;
	}

	/** D_xx from {@code particles} skyrmions followed for {@code steps} steps of {@code dtSeconds}. */
	public Measurement measureDiffusion(int particles, int steps, double dtSeconds, long seed) {
		double[] mu = thiele.mobility();
		// Cholesky factor of η̂: the thermal impulse ΔP = √(2k_BT Δt) L·n with n standard normal
		double l11 = Math.sqrt(thiele.viscosityXX());
		double l21 = thiele.viscosityXY() / l11;
		double l22 = Math.sqrt(thiele.viscosityYY() - l21 * l21);
		double scale = Math.sqrt(2 * boltzmannTemperatureJoule * dtSeconds);
		SplittableRandom random = new SplittableRandom(seed);
		double sum = 0;
		double sumSquares = 0;
		for (int p = 0; p < particles; p++) {
			double x = 0;
			for (int s = 0; s < steps; s++) {
				double n1 = random.nextGaussian(), n2 = random.nextGaussian();
				double px = scale * l11 * n1;
				double py = scale * (l21 * n1 + l22 * n2);
				x += mu[0] * px + mu[1] * py;
			}
			double estimate = x * x / (2 * steps * dtSeconds);
			sum += estimate;
			sumSquares += estimate * estimate;
		}
		double mean = sum / particles;
		double variance = (sumSquares / particles - mean * mean) / (particles - 1);
		return new Measurement(mean, Math.sqrt(variance));
	}
}
