package org.spintex.toystudy;

import org.spintex.input.StudyInput;

/**
 * One moment in a static field along +z, started at a polar angle: the toy kind's compiled input, in SI.
 *
 * @param fieldTesla the field µ0H along +z
 * @param coneAngleRadian the initial angle between the moment and +z (the moment starts in the x-z plane)
 * @param damping Gilbert's α
 * @param steps the fixed RK4 steps over the duration
 */
public record LarmorInput(String device, String study, double fieldTesla, double coneAngleRadian, double damping,
		double durationSecond, int steps) implements StudyInput {

	public static final String KIND = "larmor";

	public LarmorInput {
		if (!(fieldTesla > 0 && durationSecond > 0 && damping >= 0 && steps > 0)) {
			throw new IllegalArgumentException("a larmor study needs a positive field, duration and step count and α ≥ 0");
		}
	}

	@Override
	public String engine() {
		return KIND;
	}
}
