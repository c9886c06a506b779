package org.spintex.input;

import org.spintex.core.math.Vector3;

/**
 * An applied field switched on at {@code startSeconds} for {@code durationSeconds} (infinite: stays
 * on): B(t) = B₀ for a static drive, B₀ sin(2πf(t − t₀)) for f > 0.
 */
public record FieldDriveInput(Vector3 amplitudeTesla, double frequencyHertz, double startSeconds, double durationSeconds) {

	public FieldDriveInput {
		Checks.nonNegative("frequency", frequencyHertz);
		Checks.nonNegative("start time", startSeconds);
		if (!(durationSeconds > 0)) {
			throw new IllegalArgumentException("a drive's duration must be positive, got " + durationSeconds);
		}
	}

	/** True if the field is the same at every time of [from, until]: static, on before and still on after. */
	public boolean staticOver(double fromSecond, double untilSecond) {
		return frequencyHertz == 0 && startSeconds <= fromSecond && startSeconds + durationSeconds > untilSecond;
	}

	/** The field at time t, in tesla. */
	public Vector3 at(double timeSecond) {
		if (timeSecond < startSeconds || timeSecond >= startSeconds + durationSeconds) {
			return Vector3.ZERO;
		}
		return frequencyHertz == 0 ? amplitudeTesla : amplitudeTesla.times(Math.sin(2 * Math.PI * frequencyHertz * (timeSecond - startSeconds)));
	}
}
