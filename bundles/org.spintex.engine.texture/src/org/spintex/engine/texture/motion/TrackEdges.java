package org.spintex.engine.texture.motion;

/**
 * U = B[exp(−(Y − y₋)/λ) + exp(−(y₊ − Y)/λ)]: the repulsion of the two edges of a track along x. A texture
 * that the Hall effect pushes against an edge runs along it where the edge force balances the transverse
 * current force; then its speed is β/α times the drift speed for any G.
 */
public record TrackEdges(double lowerEdgeYMetre, double upperEdgeYMetre, double barrierJoule, double rangeMetre)
		implements Potential {

	@Override
	public double energy(double xMetre, double yMetre) {
		return barrierJoule * (Math.exp(-(yMetre - lowerEdgeYMetre) / rangeMetre) + Math.exp(-(upperEdgeYMetre - yMetre) / rangeMetre));
	}

	@Override
	public void addForce(double xMetre, double yMetre, double[] force) {
		force[1] += barrierJoule / rangeMetre
				* (Math.exp(-(yMetre - lowerEdgeYMetre) / rangeMetre) - Math.exp(-(upperEdgeYMetre - yMetre) / rangeMetre));
	}

	/** The y where the edge force balances a transverse force f (N); NaN beyond what the edges can hold. */
	public double balancePoint(double transverseForceNewton) {
		// near the upper edge (f > 0 pushes up) the lower edge's term is negligible, and vice versa
		double ratio = Math.abs(transverseForceNewton) * rangeMetre / barrierJoule;
		double depth = -rangeMetre * Math.log(ratio);
		return transverseForceNewton > 0 ? upperEdgeYMetre - depth : lowerEdgeYMetre + depth;
	}

	@Override
	public double maxCurvature() {
		// the texture stays where the edge force is at most the driving force; at the edge itself B/λ²
		return barrierJoule / (rangeMetre * rangeMetre);
	}

	@Override
	public double lengthScale() {
		return rangeMetre;
	}
}
