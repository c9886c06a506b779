package org.spintex.engine.texture.topology;

import org.spintex.core.collective.ThieleTensors;

/**
 * The Thiele tensors of a texture (seed 002 eqs. (88)–(89)): the gyrovector g = 4πs Φ_xy (the paper's
 * g = 4πħSΦ_xy/a³ with ħS/a³ = s, the spin density M_s/γ) and the friction η̂ = αs D̂.
 *
 * <p>Eq. (89), ġX = ẑ × (F − α̃Ẋ), is α̃Ẋ − g ẑ × Ẋ = F: in the form η̂·Ẋ + G ẑ × Ẋ = F of
 * {@link ThieleTensors}, G = −g = −4πsΦ_xy, which is +4πs Q d with the magnetization's charge Q. The same
 * sign follows from projecting the LLG equation with the Zhang–Li torque on a rigid translation (see
 * docs/physics/seed-002-texture-forces.md), and the micromagnetic cross-check confirms the Hall angle's sign.
 */
public final class TextureThiele {

	private TextureThiele() {
	}

	/** @param spinDensity s = M_s/γ in J s/m³ */
	public static ThieleTensors of(VortexNumber vortexNumber, DissipationTensor dissipation, double gilbertDamping,
			double spinDensity) {
		double friction = gilbertDamping * spinDensity;
		return new ThieleTensors(friction * dissipation.xxMetre(), friction * dissipation.xyMetre(),
				friction * dissipation.yyMetre(), -4 * Math.PI * spinDensity * vortexNumber.phiXYMetre());
	}
}
