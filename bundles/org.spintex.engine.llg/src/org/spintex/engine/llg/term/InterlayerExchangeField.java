package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;

/**
 * The exchange of two films across a non-magnetic spacer (RKKY), a surface energy between the top layer a of the
 * lower film and the bottom layer b of the upper one at the same (x, y):
 * E = −Σ ΔxΔy [σ m_a·m_b + σ₂ (m_a·m_b)²] (OOMMF's two-surface exchange up to a constant). σ > 0 couples the films
 * ferromagnetically, σ < 0 antiferromagnetically; σ₂ < 0 favours 90°. The field −(1/(Ms V)) ∂E/∂m of a cell of
 * volume V = ΔxΔyΔz is B_a = [σ + 2σ₂ (m_a·m_b)] m_b / (Ms_a Δz), and the same with a and b exchanged.
 */
public final class InterlayerExchangeField implements FieldTerm {

	private final Magnet magnet;
	private final int lowerLayer;
	private final int upperLayer;
	private final double bilinearJPerM2;
	private final double biquadraticJPerM2;

	/**
	 * @param lower the film below the spacer
	 * @param upper the film above it, at least one empty layer higher
	 * @param bilinearJPerM2 σ
	 * @param biquadraticJPerM2 σ₂
	 */
	public InterlayerExchangeField(Magnet magnet, FilmLayers lower, FilmLayers upper, double bilinearJPerM2,
			double biquadraticJPerM2) {
		if (upper.firstLayer() <= lower.endLayer()) {
			throw new IllegalArgumentException("interlayer exchange needs a spacer of at least one layer between the films");
		}
		if (!Double.isFinite(bilinearJPerM2) || !Double.isFinite(biquadraticJPerM2)) {
			throw new IllegalArgumentException("the interlayer couplings must be finite, got " + bilinearJPerM2 + " and "
					+ biquadraticJPerM2 + " J/m²");
		}
		this.magnet = magnet;
		this.lowerLayer = lower.endLayer() - 1;
		this.upperLayer = upper.firstLayer();
		this.bilinearJPerM2 = bilinearJPerM2;
		this.biquadraticJPerM2 = biquadraticJPerM2;
	}

	@Override
	public String name() {
		return "interlayer";
	}

	/**
	 * The Jacobian of B_a in (m_a, m_b) has entries bounded by (|σ| + 2|σ₂|(|m_a·m_b| + 2))/(MsΔz) ≤
	 * (|σ| + 6|σ₂|)/(MsΔz).
	 */
	@Override
	public double precessionBoundTesla() {
		return (Math.abs(bilinearJPerM2) + 6 * Math.abs(biquadraticJPerM2)) / (magnet.smallestMs() * magnet.mesh().cellZMetre());
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		Mesh mesh = magnet.mesh();
		int nxy = mesh.nx() * mesh.ny(), lower = lowerLayer * nxy, upper = upperLayer * nxy;
		double perThickness = 1 / mesh.cellZMetre();
		double[] ms = magnet.ms(), inverseMs = magnet.inverseMs();
		magnet.loops().forEach(nxy, (from, to) -> {
			for (int p = from; p < to; p++) {
				int a = lower + p, c = upper + p;
				if (ms[a] == 0 || ms[c] == 0) {
					continue;
				}
				double dot = m.x[a] * m.x[c] + m.y[a] * m.y[c] + m.z[a] * m.z[c];
				double s = (bilinearJPerM2 + 2 * biquadraticJPerM2 * dot) * perThickness;
				double sa = s * inverseMs[a], sc = s * inverseMs[c];
				b.x[a] += sa * m.x[c];
				b.y[a] += sa * m.y[c];
				b.z[a] += sa * m.z[c];
				b.x[c] += sc * m.x[a];
				b.y[c] += sc * m.y[a];
				b.z[c] += sc * m.z[a];
			}
		});
	}

	/** E = −Σ ΔxΔy [σ m_a·m_b + σ₂ (m_a·m_b)²], summed directly: the biquadratic part is not of degree 2. */
	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		Mesh mesh = magnet.mesh();
		int nxy = mesh.nx() * mesh.ny(), lower = lowerLayer * nxy, upper = upperLayer * nxy;
		double[] ms = magnet.ms();
		double sum = magnet.loops().sum(nxy, (from, to) -> {
			double e = 0;
			for (int p = from; p < to; p++) {
				int a = lower + p, c = upper + p;
				if (ms[a] != 0 && ms[c] != 0) {
					double dot = m.x[a] * m.x[c] + m.y[a] * m.y[c] + m.z[a] * m.z[c];
					e -= bilinearJPerM2 * dot + biquadraticJPerM2 * dot * dot;
				}
			}
			return e;
		});
		return sum * mesh.cellXMetre() * mesh.cellYMetre();
	}
}
