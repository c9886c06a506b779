package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.model.Regions;

/**
 * Cubic anisotropy E = K_c ∫ (a₁²a₂² + a₂²a₃² + a₃²a₁²) dV with aᵢ = m·cᵢ the direction cosines on
 * the cubic axes c₁, c₂, c₃ = c₁ × c₂. The field is Bᵢ = −(2K_c/Ms) aᵢ(aⱼ² + aₖ²) along cᵢ.
 * K_c > 0 makes the cube axes easy (iron), K_c < 0 the body diagonals (nickel).
 */
public final class CubicAnisotropyField implements FieldTerm {

	private final Magnet magnet;
	private final FilmLayers layers;
	private final Regions regions;
	/** Kc of each region. */
	private final double[] kcJPerM3;
	/** The cube axes of each region: axes[region][i] = c_i. */
	private final double[][][] axes;

	public CubicAnisotropyField(Magnet magnet, double kcJPerM3, double[] axis1, double[] axis2) {
		this(magnet, kcJPerM3, axis1, axis2, FilmLayers.whole(magnet.mesh()));
	}

	/** The cubic anisotropy of one film of a stack. */
	public CubicAnisotropyField(Magnet magnet, double kcJPerM3, double[] axis1, double[] axis2, FilmLayers layers) {
		this(magnet, new double[] { kcJPerM3 }, new double[][] { axis1 }, new double[][] { axis2 }, Regions.single(magnet, layers),
				layers);
	}

	/** Kc and the first two cube axes per region. */
	public CubicAnisotropyField(Magnet magnet, double[] kcJPerM3, double[][] axis1, double[][] axis2, Regions regions,
			FilmLayers layers) {
		if (kcJPerM3.length != regions.count() || axis1.length != regions.count() || axis2.length != regions.count()) {
			throw new IllegalArgumentException("one cubic anisotropy constant and pair of axes per region are needed");
		}
		this.magnet = magnet;
		this.layers = layers;
		this.regions = regions;
		this.kcJPerM3 = kcJPerM3.clone();
		this.axes = new double[kcJPerM3.length][][];
		for (int r = 0; r < axes.length; r++) {
			double[] c1 = unit(axis1[r]);
			double[] a2 = axis2[r];
			double d = c1[0] * a2[0] + c1[1] * a2[1] + c1[2] * a2[2];
			double[] c2 = unit(new double[] { a2[0] - d * c1[0], a2[1] - d * c1[1], a2[2] - d * c1[2] });
			double[] c3 = { c1[1] * c2[2] - c1[2] * c2[1], c1[2] * c2[0] - c1[0] * c2[2], c1[0] * c2[1] - c1[1] * c2[0] };
			axes[r] = new double[][] { c1, c2, c3 };
		}
	}

	private static double[] unit(double[] v) {
		double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
		if (!(n > 0)) {
			throw new IllegalArgumentException("a cubic axis must be a non-zero vector");
		}
		return new double[] { v[0] / n, v[1] / n, v[2] / n };
	}

	@Override
	public java.util.Optional<String> film() {
		return layers.film();
	}

	@Override
	public String name() {
		return "cubic_anisotropy";
	}

	/**
	 * The Jacobian of B_i = −(2Kc/Ms) a_i(a_j² + a_k²) is −(2Kc/Ms)(1 + 2aaᵀ − 3 diag(a²)), whose rows sum in
	 * magnitude to less than 3 for a unit a: bound 6|Kc|/Ms.
	 */
	@Override
	public double precessionBoundTesla() {
		double largest = 0;
		for (double k : kcJPerM3) {
			largest = Math.max(largest, Math.abs(k));
		}
		return 6 * largest / magnet.smallestMs();
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		double[] ms = magnet.ms(), inverseMs = magnet.inverseMs();
		boolean uniform = regions.uniform();
		magnet.forEachCell(layers, (from, to) -> {
			double[] c1 = axes[0][0], c2 = axes[0][1], c3 = axes[0][2];
			double kc = kcJPerM3[0];
			for (int c = from; c < to; c++) {
				if (ms[c] == 0) {
					continue;
				}
				if (!uniform) {
					int r = regions.of(c);
					c1 = axes[r][0];
					c2 = axes[r][1];
					c3 = axes[r][2];
					kc = kcJPerM3[r];
				}
				double mx = m.x[c], my = m.y[c], mz = m.z[c];
				double a1 = mx * c1[0] + my * c1[1] + mz * c1[2];
				double a2 = mx * c2[0] + my * c2[1] + mz * c2[2];
				double a3 = mx * c3[0] + my * c3[1] + mz * c3[2];
				double pre = -2 * kc * inverseMs[c];
				double b1 = pre * a1 * (a2 * a2 + a3 * a3);
				double b2 = pre * a2 * (a1 * a1 + a3 * a3);
				double b3 = pre * a3 * (a1 * a1 + a2 * a2);
				b.x[c] += b1 * c1[0] + b2 * c2[0] + b3 * c3[0];
				b.y[c] += b1 * c1[1] + b2 * c2[1] + b3 * c3[1];
				b.z[c] += b1 * c1[2] + b2 * c2[2] + b3 * c3[2];
			}
		});
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		// homogeneous of degree 4 in m
		return EnergyIntegral.ofDegree(4, magnet, m, ownField);
	}
}
