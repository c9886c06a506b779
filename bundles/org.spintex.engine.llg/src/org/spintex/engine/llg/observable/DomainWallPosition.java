package org.spintex.engine.llg.observable;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.Magnet;

/**
 * The position of a straight wall across x between two domains, from the magnetization that has
 * switched: for domains m_z = +1 (west) and −1 (east) in a film of length L, ⟨m_z⟩ = (2x_dw − L)/L,
 * so x_dw = L(1 + ⟨m_z⟩)/2 (MuMax3's ext_dwpos uses the same balance for a single wall). For
 * head-to-head walls along x the same holds for ⟨mₓ⟩; the larger of the two averages tells which.
 */
public final class DomainWallPosition {

	private DomainWallPosition() {
	}

	/** x of the wall in metres from the film's west edge. */
	public static double of(Magnet magnet, VectorField m) {
		var average = AverageMagnetization.of(magnet, m);
		double length = magnet.mesh().sizeXMetre();
		double along = Math.abs(average.z()) >= Math.abs(average.x()) ? average.z() : average.x();
		// a wall between +1 (west) and −1 (east) domains; the sign of the west domain tells the orientation
		double west = Math.abs(average.z()) >= Math.abs(average.x()) ? m.z[0] : m.x[0];
		return length * (1 + Math.signum(west) * along) / 2;
	}
}
