package org.spintex.engine.llg.term;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The exchange field's inner-cell Laplacian ({@link ExchangeField}) on SIMD registers: the same additions and
 * multiplications in the same order as the plain loops (no fused multiply-add), so both give bit-identical fields.
 * The JIT's own vectoriser leaves the plain loop scalar (the same speed with and without it: ExchangeKernelBenchmark),
 * because the field and the magnetization are two arrays it cannot prove apart. Loaded only where the Vector API is
 * ({@code VectorSupportProbe}).
 */
final class VectorLaplacian {

	private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
	private static final int WIDTH = SPECIES.length();

	private VectorLaplacian() {
	}

	/** b += pre·[wx(m₋ₓ + m₊ₓ − 2m) + wy(m₋ᵧ + m₊ᵧ − 2m) (+ wz(…) if nxy > 0)] over cells [from, to). */
	static void add(double[] m, double[] b, int from, int to, int nx, int nxy, double pre, double wx, double wy, double wz) {
		int c = from;
		int end = from + SPECIES.loopBound(to - from);
		if (nxy == 0) {
			for (; c < end; c += WIDTH) {
				DoubleVector centre = DoubleVector.fromArray(SPECIES, m, c), twice = centre.mul(2);
				DoubleVector x = DoubleVector.fromArray(SPECIES, m, c - 1).add(DoubleVector.fromArray(SPECIES, m, c + 1)).sub(twice);
				DoubleVector y = DoubleVector.fromArray(SPECIES, m, c - nx).add(DoubleVector.fromArray(SPECIES, m, c + nx)).sub(twice);
				DoubleVector.fromArray(SPECIES, b, c).add(x.mul(wx).add(y.mul(wy)).mul(pre)).intoArray(b, c);
			}
			ExchangeField.laplacian(m, b, c, to, nx, nxy, pre, wx, wy, wz);
			return;
		}
		for (; c < end; c += WIDTH) {
			DoubleVector centre = DoubleVector.fromArray(SPECIES, m, c), twice = centre.mul(2);
			DoubleVector x = DoubleVector.fromArray(SPECIES, m, c - 1).add(DoubleVector.fromArray(SPECIES, m, c + 1)).sub(twice);
			DoubleVector y = DoubleVector.fromArray(SPECIES, m, c - nx).add(DoubleVector.fromArray(SPECIES, m, c + nx)).sub(twice);
			DoubleVector z = DoubleVector.fromArray(SPECIES, m, c - nxy).add(DoubleVector.fromArray(SPECIES, m, c + nxy)).sub(twice);
			DoubleVector.fromArray(SPECIES, b, c).add(x.mul(wx).add(y.mul(wy)).add(z.mul(wz)).mul(pre)).intoArray(b, c);
		}
		// the cells past the last whole register, by the plain loop
		ExchangeField.laplacian(m, b, c, to, nx, nxy, pre, wx, wy, wz);
	}
}
