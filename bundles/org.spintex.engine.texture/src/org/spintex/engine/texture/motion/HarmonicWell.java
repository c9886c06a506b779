package org.spintex.engine.texture.motion;

/** U = κ|X − X₀|²/2: a texture held in a disk or a trap; its gyrotropic mode has ω = κG/(η² + G²). */
public record HarmonicWell(double centreXMetre, double centreYMetre, double stiffnessNewtonPerMetre) implements Potential {

	@Override
	public double energy(double xMetre, double yMetre) {
		double dx = xMetre - centreXMetre, dy = yMetre - centreYMetre;
		return 0.5 * stiffnessNewtonPerMetre * (dx * dx + dy * dy);
	}

	@Override
	public void addForce(double xMetre, double yMetre, double[] force) {
		force[0] -= stiffnessNewtonPerMetre * (xMetre - centreXMetre);
		force[1] -= stiffnessNewtonPerMetre * (yMetre - centreYMetre);
	}

	@Override
	public double maxCurvature() {
		return stiffnessNewtonPerMetre;
	}

	@Override
	public double lengthScale() {
		return Double.POSITIVE_INFINITY;
	}
}
