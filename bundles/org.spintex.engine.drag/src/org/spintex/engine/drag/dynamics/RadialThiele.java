package org.spintex.engine.drag.dynamics;

import org.spintex.core.collective.ThieleTensors;
import org.spintex.engine.drag.statics.RadialIntegrals;
import org.spintex.engine.drag.statics.RadialProfile;

/** The Thiele tensors of seed 000 eqs. (17)–(18) for a rotationally symmetric skyrmion profile. */
public final class RadialThiele {

	private RadialThiele() {
	}

	/**
	 * For a rotationally symmetric texture ∫∂ᵢn·∂ⱼn d²r = (δᵢⱼ/2)∫∂ₖn·∂ₖn d²r, so η is isotropic.
	 *
	 * @param spinDensity s per area in J s/m² (= kg/s), M_s d / γ for a film of thickness d
	 * @param charge Q in seed 000's sign convention (+1 for the injected skyrmions)
	 */
	public static ThieleTensors tensors(RadialProfile profile, double gilbertDamping, double spinDensity, double charge) {
		double eta = gilbertDamping * spinDensity * RadialIntegrals.gradientSquared(profile) / 2;
		return new ThieleTensors(eta, 0, eta, 4 * Math.PI * spinDensity * charge);
	}
}
