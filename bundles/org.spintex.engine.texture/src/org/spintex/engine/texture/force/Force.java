package org.spintex.engine.texture.force;

/** A force on a texture's centre in the film plane, in newtons. */
public record Force(double xNewton, double yNewton) {

	public static final Force ZERO = new Force(0, 0);

	public Force plus(Force other) {
		return new Force(xNewton + other.xNewton, yNewton + other.yNewton);
	}

	public double magnitude() {
		return Math.hypot(xNewton, yNewton);
	}
}
