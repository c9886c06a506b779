package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;

/**
 * Uniaxial anisotropy E = −∫ [K₁(m·u)² + K₂(m·u)⁴] dV, B = (2K₁/Ms)(m·u)u + (4K₂/Ms)(m·u)³u.
 * K₁ > 0 is an easy axis, K₁ < 0 an easy plane normal to u (the language's easy-plane anisotropy).
 */
public final class UniaxialAnisotropyField implements FieldTerm {

	private final Magnet magnet;
	private final FilmLayers layers;
	private final double k1JPerM3;
	private final double k2JPerM3;
	private final double ux, uy, uz;

	public UniaxialAnisotropyField(Magnet magnet, double k1JPerM3, double k2JPerM3, double axisX, double axisY, double axisZ) {
		this(magnet, k1JPerM3, k2JPerM3, axisX, axisY, axisZ, FilmLayers.whole(magnet.mesh()));
	}

	/** The uniaxial anisotropy of one film of a stack. */
	public UniaxialAnisotropyField(Magnet magnet, double k1JPerM3, double k2JPerM3, double axisX, double axisY, double axisZ,
			FilmLayers layers) {
		double n = Math.sqrt(axisX * axisX + axisY * axisY + axisZ * axisZ);
		if (!(n > 0)) {
			throw new IllegalArgumentException("the anisotropy axis must be a non-zero vector");
		}
		this.magnet = magnet;
		this.layers = layers;
		this.k1JPerM3 = k1JPerM3;
		this.k2JPerM3 = k2JPerM3;
		this.ux = axisX / n;
		this.uy = axisY / n;
		this.uz = axisZ / n;
	}

	@Override
	public java.util.Optional<String> film() {
		return layers.film();
	}

	@Override
	public String name() {
		return "anisotropy";
	}

	/** |∂B/∂(m·u)| = |2K1 + 12K2 (m·u)²|/Ms ≤ (2|K1| + 12|K2|)/Ms. */
	@Override
	public double precessionBoundTesla() {
		return (2 * Math.abs(k1JPerM3) + 12 * Math.abs(k2JPerM3)) / magnet.smallestMs();
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		double[] ms = magnet.ms(), inverseMs = magnet.inverseMs();
		magnet.forEachCell(layers, (from, to) -> {
			for (int c = from; c < to; c++) {
				if (ms[c] == 0) {
					continue;
				}
				double mu = m.x[c] * ux + m.y[c] * uy + m.z[c] * uz;
				double s = (2 * k1JPerM3 * mu + 4 * k2JPerM3 * mu * mu * mu) * inverseMs[c];
				b.x[c] += s * ux;
				b.y[c] += s * uy;
				b.z[c] += s * uz;
			}
		});
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		double[] ms = magnet.ms();
		double sum = magnet.sum(layers, (from, to) -> {
			double e = 0;
			for (int c = from; c < to; c++) {
				if (ms[c] != 0) {
					double mu = m.x[c] * ux + m.y[c] * uy + m.z[c] * uz;
					double mu2 = mu * mu;
					e -= k1JPerM3 * mu2 + k2JPerM3 * mu2 * mu2;
				}
			}
			return e;
		});
		return sum * magnet.mesh().cellVolume();
	}
}
