package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.model.Regions;

/**
 * Uniaxial anisotropy E = −∫ [K₁(m·u)² + K₂(m·u)⁴] dV, B = (2K₁/Ms)(m·u)u + (4K₂/Ms)(m·u)³u.
 * K₁ > 0 is an easy axis, K₁ < 0 an easy plane normal to u (the language's easy-plane anisotropy). In a film of
 * several regions (named regions, grains) each region has its own K₁ and u.
 */
public final class UniaxialAnisotropyField implements FieldTerm {

	private final Magnet magnet;
	private final FilmLayers layers;
	private final Regions regions;
	private final double[] k1JPerM3;
	private final double k2JPerM3;
	/** The unit axis of each region: axis[region] = {ux, uy, uz}. */
	private final double[][] axis;

	public UniaxialAnisotropyField(Magnet magnet, double k1JPerM3, double k2JPerM3, double axisX, double axisY, double axisZ) {
		this(magnet, k1JPerM3, k2JPerM3, axisX, axisY, axisZ, FilmLayers.whole(magnet.mesh()));
	}

	/** The uniaxial anisotropy of one film of a stack. */
	public UniaxialAnisotropyField(Magnet magnet, double k1JPerM3, double k2JPerM3, double axisX, double axisY, double axisZ,
			FilmLayers layers) {
		this(magnet, new double[] { k1JPerM3 }, k2JPerM3, new double[][] { { axisX, axisY, axisZ } }, Regions.single(magnet, layers),
				layers);
	}

	/** K₁ and the axis per region (K₂ the same in every region). */
	public UniaxialAnisotropyField(Magnet magnet, double[] k1JPerM3, double k2JPerM3, double[][] axis, Regions regions,
			FilmLayers layers) {
		if (k1JPerM3.length != regions.count() || axis.length != regions.count()) {
			throw new IllegalArgumentException("one anisotropy constant and axis per region are needed");
		}
		this.magnet = magnet;
		this.layers = layers;
		this.regions = regions;
		this.k1JPerM3 = k1JPerM3.clone();
		this.k2JPerM3 = k2JPerM3;
		this.axis = new double[axis.length][];
		for (int r = 0; r < axis.length; r++) {
			double[] u = axis[r];
			double n = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
			if (!(n > 0)) {
				throw new IllegalArgumentException("the anisotropy axis must be a non-zero vector");
			}
			this.axis[r] = new double[] { u[0] / n, u[1] / n, u[2] / n };
		}
	}

	@Override
	public java.util.Optional<String> film() {
		return layers.film();
	}

	@Override
	public String name() {
		return "anisotropy";
	}

	/** |∂B/∂(m·u)| = |2K1 + 12K2 (m·u)²|/Ms ≤ (2|K1| + 12|K2|)/Ms, the largest K1 of the regions. */
	@Override
	public double precessionBoundTesla() {
		double largest = 0;
		for (double k : k1JPerM3) {
			largest = Math.max(largest, Math.abs(k));
		}
		return (2 * largest + 12 * Math.abs(k2JPerM3)) / magnet.smallestMs();
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		double[] ms = magnet.ms(), inverseMs = magnet.inverseMs();
		boolean uniform = regions.uniform();
		magnet.forEachCell(layers, (from, to) -> {
			double k1 = k1JPerM3[0];
			double[] u = axis[0];
			double ux = u[0], uy = u[1], uz = u[2];
			for (int c = from; c < to; c++) {
				if (ms[c] == 0) {
					continue;
				}
				if (!uniform) {
					int r = regions.of(c);
					k1 = k1JPerM3[r];
					ux = axis[r][0];
					uy = axis[r][1];
					uz = axis[r][2];
				}
				double mu = m.x[c] * ux + m.y[c] * uy + m.z[c] * uz;
				double s = (2 * k1 * mu + 4 * k2JPerM3 * mu * mu * mu) * inverseMs[c];
				b.x[c] += s * ux;
				b.y[c] += s * uy;
				b.z[c] += s * uz;
			}
		});
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		double[] ms = magnet.ms();
		boolean uniform = regions.uniform();
		double sum = magnet.sum(layers, (from, to) -> {
			double e = 0;
			double k1 = k1JPerM3[0];
			double[] u = axis[0];
			for (int c = from; c < to; c++) {
				if (ms[c] != 0) {
					if (!uniform) {
						k1 = k1JPerM3[regions.of(c)];
						u = axis[regions.of(c)];
					}
					double mu = m.x[c] * u[0] + m.y[c] * u[1] + m.z[c] * u[2];
					double mu2 = mu * mu;
					e -= k1 * mu2 + k2JPerM3 * mu2 * mu2;
				}
			}
			return e;
		});
		return sum * magnet.mesh().cellVolume();
	}
}
