package org.spintex.engine.llg.term;

import java.util.function.DoubleFunction;

import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/** An applied field B(t) = µ₀H(t), uniform in space: E = −∫ Ms m·B dV. */
public final class ZeemanField implements FieldTerm {

	private final Magnet magnet;
	private final DoubleFunction<Vector3> fieldTeslaAtTime;
	private final double peakTesla;

	/** @param peakTesla the largest |B(t)| the field reaches */
	public ZeemanField(Magnet magnet, DoubleFunction<Vector3> fieldTeslaAtTime, double peakTesla) {
		if (!(peakTesla >= 0)) {
			throw new IllegalArgumentException("the peak applied field must be ≥ 0, got " + peakTesla + " T");
		}
		this.magnet = magnet;
		this.fieldTeslaAtTime = fieldTeslaAtTime;
		this.peakTesla = peakTesla;
	}

	/** A static applied field. */
	public static ZeemanField constant(Magnet magnet, Vector3 fieldTesla) {
		return new ZeemanField(magnet, t -> fieldTesla, fieldTesla.norm());
	}

	@Override
	public String name() {
		return "zeeman";
	}

	/** A uniform field turns every excitation at γ|B|: its largest magnitude. */
	@Override
	public double precessionBoundTesla() {
		return peakTesla;
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		Vector3 field = fieldTeslaAtTime.apply(timeSecond);
		double bx = field.x(), by = field.y(), bz = field.z();
		double[] ms = magnet.ms();
		magnet.loops().forEach(ms.length, (from, to) -> {
			for (int c = from; c < to; c++) {
				if (ms[c] != 0) {
					b.x[c] += bx;
					b.y[c] += by;
					b.z[c] += bz;
				}
			}
		});
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(1, magnet, m, ownField);
	}
}
