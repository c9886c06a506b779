package org.spintex.core.random;

/**
 * Random numbers addressed by a counter instead of drawn from a sequence: the value for
 * (seed, stream, index) is a fixed function of those three numbers. Thermal noise per cell and per
 * time step therefore does not depend on which thread fills which cell, or in which order, so
 * stochastic runs are bit-reproducible for any thread count.
 *
 * <p>The mixing function is the SplitMix64 finaliser (Steele, Lea and Flood, OOPSLA 2014) applied
 * twice to a Weyl-sequence combination of the three counters; its output passes BigCrush when used
 * this way, which is ample for Langevin noise.
 */
public final class CounterRandom {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;
	private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

	private final long seed;

	public CounterRandom(long seed) {
		this.seed = seed;
	}

	/** 64 random bits for (stream, index). */
	public long bits(long stream, long index) {
		long z = mix(seed + GOLDEN * (stream + 1));
		return mix(z ^ (index * 0xD1B54A32D192ED03L + GOLDEN));
	}

	/** A uniform deviate in (0, 1): never exactly 0, so that its logarithm is finite. */
	public double uniform(long stream, long index) {
		return ((bits(stream, index) >>> 11) + 0.5) * TWO_POW_MINUS_53;
	}

	/**
	 * A standard normal deviate for (stream, index), by the Box–Muller transform of two uniform
	 * deviates at the even and odd sub-indices 2·index and 2·index + 1.
	 */
	public double normal(long stream, long index) {
		double u1 = uniform(stream, 2 * index);
		double u2 = uniform(stream, 2 * index + 1);
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
