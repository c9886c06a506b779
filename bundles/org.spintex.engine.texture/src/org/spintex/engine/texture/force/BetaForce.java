package org.spintex.engine.texture.force;

import org.spintex.engine.texture.topology.DissipationTensor;

/**
 * The β force of seed 002 eq. (86), F^β = (1/2eS) γ β_sf j_s with γ = ∫(∇ᵢS)² along the current: the
 * momentum that spin relaxation takes from the electrons, along their flow. With the dissipation tensor
 * and v_s, F^β = β s D̂·v_s (s = M_s/γ); for β = α it cancels the friction of a texture moving at v_s.
 */
public final class BetaForce {

	private BetaForce() {
	}

	/** @param spinDensity s = M_s/γ in J s/m³ */
	public static Force of(double beta, double spinDensity, DissipationTensor dissipation, SpinDrift drift) {
		double vx = drift.xMetrePerSecond(), vy = drift.yMetrePerSecond();
		double f = beta * spinDensity;
		return new Force(f * (dissipation.xxMetre() * vx + dissipation.xyMetre() * vy),
				f * (dissipation.xyMetre() * vx + dissipation.yyMetre() * vy));
	}
}
