package org.spintex.engine.llg.term;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.core.random.CounterRandom;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/**
 * Brown's thermal field, W. F. Brown, Phys. Rev. 130, 1677 (1963): Gaussian white noise with
 * ⟨Bᵢ(t)Bⱼ(t')⟩ = 2αk_BT/(γ Ms V) δᵢⱼ δ(t − t'), i.e. per integration step Δt a value of standard
 * deviation σ = √(2αk_BT / (γ Ms V Δt)) per component, held fixed during the step (Stratonovich,
 * integrated with Heun). Added to the field of the Landau–Lifshitz equation, this noise gives the
 * Boltzmann distribution in equilibrium, as for the Gilbert form it comes from.
 *
 * <p>The deviate for cell c, component i at step n is a fixed function of (seed, n, 3c + i), so the
 * noise does not depend on the thread count. The thermal field does no work on average and has no
 * energy: {@link #energyJoule} is 0.
 */
public final class ThermalField implements FieldTerm {

	private final Magnet magnet;
	private final double temperatureKelvin;
	private final CounterRandom random;
	private final VectorField noise;

	public ThermalField(Magnet magnet, double temperatureKelvin, long seed) {
		if (!(temperatureKelvin >= 0)) {
			throw new IllegalArgumentException("temperature must be non-negative, got " + temperatureKelvin + " K");
		}
		this.magnet = magnet;
		this.temperatureKelvin = temperatureKelvin;
		this.random = new CounterRandom(seed);
		this.noise = new VectorField(magnet.mesh());
	}

	public double temperatureKelvin() {
		return temperatureKelvin;
	}

	/** Draws the noise of integration step {@code step}, which lasts {@code dtSecond}. */
	public void draw(long step, double dtSecond) {
		double[] ms = magnet.ms(), alphas = magnet.alphas(), gammas = magnet.gammas();
		double volume = magnet.mesh().cellVolume();
		magnet.loops().forEach(ms.length, (from, to) -> {
			for (int c = from; c < to; c++) {
				// Brown's fluctuation–dissipation variance 2αk_BT/(γ Ms V Δt), with the cell's own material's α and γ
				double numerator = 2 * alphas[c] * PhysicalConstants.BOLTZMANN * temperatureKelvin / (gammas[c] * volume * dtSecond);
				if (ms[c] == 0 || numerator == 0) {
					noise.set(c, 0, 0, 0);
					continue;
				}
				double sigma = Math.sqrt(numerator / ms[c]);
				long index = 3L * c;
				noise.set(c, sigma * random.normal(step, index), sigma * random.normal(step, index + 1), sigma * random.normal(step, index + 2));
			}
		});
	}

	@Override
	public String name() {
		return "thermal";
	}

	/** Noise has no linear response to m: it sets no precession frequency (its step-size demands are Heun's own). */
	@Override
	public double precessionBoundTesla() {
		return 0;
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		double[] ms = magnet.ms();
		magnet.loops().forEach(ms.length, (from, to) -> {
			for (int c = from; c < to; c++) {
				b.x[c] += noise.x[c];
				b.y[c] += noise.y[c];
				b.z[c] += noise.z[c];
			}
		});
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return 0;
	}
}
