package org.spintex.engine.negf.torque;

import org.spintex.core.math.Vector3;
import org.spintex.engine.negf.spin.SpinBlock;

/**
 * The torque of the electrons on one moment, seed 004 eq. (4): T_i = J_sd ⟨σ_i⟩ × M_i with
 * ⟨σ_i⟩ = Tr[ρ_ii σ] (the rate of change of the electron spin ŝ = σ/2 through the s-d coupling, in
 * units of energy: ħ × rate), and its field-like and damping-like components along
 * e_FL = ∂_tM/|∂_tM| and e_DL = M × ∂_tM/|M × ∂_tM| for precession about z: e_FL = sign(ω) ẑ × M/|ẑ × M|,
 * e_DL = M × e_FL (DL > 0 pulls M towards the axis: damping).
 */
public record SiteTorque(Vector3 torque, double fieldLike, double dampingLike) {

	public static SiteTorque of(SpinBlock rho, Vector3 moment, double sdExchange, double hbarOmega) {
		double[] sigma = rho.pauliComponentsRe();
		Vector3 spin = new Vector3(sigma[0], sigma[1], sigma[2]);
		Vector3 torque = spin.cross(moment).times(sdExchange);
		Vector3 azimuthal = new Vector3(-moment.y(), moment.x(), 0);
		double norm = azimuthal.norm();
		if (norm < 1e-14) {
			return new SiteTorque(torque, 0, 0);
		}
		Vector3 fieldLike = azimuthal.times(Math.signum(hbarOmega) / norm);
		Vector3 dampingLike = moment.cross(fieldLike);
		return new SiteTorque(torque, torque.dot(fieldLike), torque.dot(dampingLike));
	}
}
