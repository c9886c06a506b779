package org.spintex.engine.texture.topology;

import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.TopologicalCharge;

/**
 * The emergent magnetic field that an adiabatic electron sees in the texture, b_z = (ħ/2e) n·(∂ₓn × ∂ᵧn)
 * (the spin Berry phase of seed 002 eqs. (60)–(61), refs. 21, 22, 25 there): a texture of topological
 * number n_v carries the flux n_v h/e per layer. Its Hall effect is eq. (77); here the field itself, by
 * central differences, independent of the lattice count of {@link VortexNumber}.
 */
public final class EmergentField {

	private EmergentField() {
	}

	/** b_z per cell, in tesla (majority spin; the minority spin sees −b_z). */
	public static double[] of(Magnet magnet, VectorField m) {
		double[] rho = TopologicalCharge.density(magnet, m);
		// ρ = (1/4π) m·(∂ₓm × ∂ᵧm) and n = −m: n·(∂ₓn × ∂ᵧn) = −4πρ
		double scale = -4 * Math.PI * PhysicalConstants.HBAR / (2 * PhysicalConstants.ELEMENTARY_CHARGE);
		for (int c = 0; c < rho.length; c++) {
			rho[c] *= scale;
		}
		return rho;
	}

	/** The flux ∫b_z d²x through {@code region} (all cells when null), averaged over the layers, in webers. */
	public static double flux(Magnet magnet, double[] field, boolean[] region) {
		Mesh mesh = magnet.mesh();
		double sum = 0;
		for (int c = 0; c < field.length; c++) {
			if (region == null || region[c]) {
				sum += field[c];
			}
		}
		return sum * mesh.cellXMetre() * mesh.cellYMetre() / mesh.nz();
	}
}
