package org.spintex.engine.texture.motion;

/**
 * U = −U₀ exp(−|X − X₀|²/r_p²): a defect. Its restoring force is largest, √2 U₀ e^{−½}/r_p, at
 * |X − X₀| = r_p/√2; a current whose force exceeds that tears the texture off.
 */
public record PinningSite(double centreXMetre, double centreYMetre, double depthJoule, double radiusMetre) implements Potential {

	@Override
	public double energy(double xMetre, double yMetre) {
		return -depthJoule * Math.exp(-distanceSquared(xMetre, yMetre) / (radiusMetre * radiusMetre));
	}

	@Override
	public void addForce(double xMetre, double yMetre, double[] force) {
		double r2 = radiusMetre * radiusMetre;
		double f = -2 * depthJoule / r2 * Math.exp(-distanceSquared(xMetre, yMetre) / r2);
		force[0] += f * (xMetre - centreXMetre);
		force[1] += f * (yMetre - centreYMetre);
	}

	/** The largest restoring force, in N. */
	public double maxForce() {
		return Math.sqrt(2) * depthJoule * Math.exp(-0.5) / radiusMetre;
	}

	@Override
	public double maxCurvature() {
		return 2 * depthJoule / (radiusMetre * radiusMetre);
	}

	@Override
	public double lengthScale() {
		return radiusMetre;
	}

	private double distanceSquared(double xMetre, double yMetre) {
		double dx = xMetre - centreXMetre, dy = yMetre - centreYMetre;
		return dx * dx + dy * dy;
	}
}
