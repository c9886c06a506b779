package org.spintex.engine.llg.torque;

import java.util.function.DoubleUnaryOperator;

import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/**
 * Spin-orbit torque from a charge current J flowing in a heavy-metal layer under (or over) the magnet.
 * The spin Hall effect injects spins polarised along σ = ĵ × n̂, where n̂ is the interface normal
 * pointing from the heavy metal into the magnet, with the damping-like field
 * B_DL = ħ θ_SH J / (2 e Ms t) for a magnet of thickness t (Liu et al., Science 336, 555 (2012)) and a
 * field-like field B_FL = r·B_DL. In Gilbert form ṁ = … − γB_DL m × (m × σ) − γB_FL m × σ; the
 * Landau–Lifshitz form used here is
 * τ = −γ/(1 + α²) [(B_DL + αB_FL) m × (m × σ) + (B_FL − αB_DL) m × σ].
 * The damping-like part pulls m towards σ for θ_SH J > 0 (torque components as in seed 004).
 */
public final class SpinOrbitTorque implements TorqueTerm {

	private final Magnet magnet;
	private final double spinHallAngle;
	private final double fieldLikeRatio;
	private final double thicknessMetre;
	private final Vector3 sigma;
	private final DoubleUnaryOperator currentDensityAtTime;
	private final boolean[] region;

	/**
	 * @param currentDirection ĵ, the in-plane direction of the charge current
	 * @param interfaceNormal n̂ from the heavy metal into the magnet (+z for a heavy metal underneath)
	 * @param currentDensityAtTime |J|(t) in A/m² along ĵ
	 * @param region cells under the heavy metal, or null for everywhere
	 */
	public SpinOrbitTorque(Magnet magnet, double spinHallAngle, double fieldLikeRatio, double thicknessMetre,
			Vector3 currentDirection, Vector3 interfaceNormal, DoubleUnaryOperator currentDensityAtTime, boolean[] region) {
		if (!(thicknessMetre > 0)) {
			throw new IllegalArgumentException("the magnet thickness must be positive, got " + thicknessMetre + " m");
		}
		Vector3 s = currentDirection.cross(interfaceNormal);
		if (!(s.norm() > 0)) {
			throw new IllegalArgumentException("the current must flow in the plane of the interface");
		}
		this.magnet = magnet;
		this.spinHallAngle = spinHallAngle;
		this.fieldLikeRatio = fieldLikeRatio;
		this.thicknessMetre = thicknessMetre;
		this.sigma = s.times(1 / s.norm());
		this.currentDensityAtTime = currentDensityAtTime;
		this.region = region;
	}

	@Override
	public String name() {
		return "spin_orbit";
	}

	@Override
	public void addTorque(double timeSecond, VectorField m, VectorField dmdt) {
		double[] ms = magnet.ms(), alphas = magnet.alphas(), gammas = magnet.gammas();
		double j = currentDensityAtTime.applyAsDouble(timeSecond);
		if (j == 0) {
			return;
		}
		double sx = sigma.x(), sy = sigma.y(), sz = sigma.z();
		double bdlTimesMs = PhysicalConstants.HBAR * spinHallAngle * j / (2 * PhysicalConstants.ELEMENTARY_CHARGE * thicknessMetre);
		magnet.loops().forEach(ms.length, (from, to) -> {
			for (int c = from; c < to; c++) {
				if (ms[c] == 0 || (region != null && !region[c])) {
					continue;
				}
				double alpha = alphas[c];
				double pre = -gammas[c] / (1 + alpha * alpha);
				double bdl = bdlTimesMs / ms[c];
				double bfl = fieldLikeRatio * bdl;
				double mx = m.x[c], my = m.y[c], mz = m.z[c];
				double cx = my * sz - mz * sy, cy = mz * sx - mx * sz, cz = mx * sy - my * sx;
				double ccx = my * cz - mz * cy, ccy = mz * cx - mx * cz, ccz = mx * cy - my * cx;
				double a = bdl + alpha * bfl, b = bfl - alpha * bdl;
				dmdt.x[c] += pre * (a * ccx + b * cx);
				dmdt.y[c] += pre * (a * ccy + b * cy);
				dmdt.z[c] += pre * (a * ccz + b * cz);
			}
		});
	}
}
