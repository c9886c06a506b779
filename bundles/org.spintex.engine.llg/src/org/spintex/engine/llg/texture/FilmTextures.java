package org.spintex.engine.llg.texture;

import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.DmiKind;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.WallChirality;

/**
 * The textures of the language on a film: what a texture leaves open is decided here, from the film and its
 * material, once for every engine that starts from a texture (the micromagnetic engine, and through it the texture
 * and macrospin engines). The language reference documents these defaults.
 */
public final class FilmTextures {

	/** A skyrmion's radius when the file gives none: an eighth of the film's smaller side. */
	public static final double DEFAULT_RADIUS_FRACTION = 1.0 / 8;

	/** A vortex core's radius when the file gives none. */
	public static final double DEFAULT_VORTEX_CORE_METRE = 10e-9;

	/** A wall's width on a material without anisotropy, where √(A/K) does not exist. */
	public static final double DEFAULT_WALL_WIDTH_METRE = 10e-9;

	private FilmTextures() {
	}

	/**
	 * The skyrmion at its centre (the film's by default) with radius R (an eighth of the smaller side by default) and
	 * wall width max(R/4, Δx), with the helicity the DMI favours: Néel outward (0) when D·p < 0 and inward (π)
	 * otherwise, in MuMax3's sign of D; Bloch ±π/2. Without a chirality a bulk-DMI material takes Bloch.
	 */
	public static SkyrmionTexture skyrmion(InitialStateInput.Skyrmion s, Mesh mesh, MagnetMaterialInput material) {
		double radius = s.radiusMetre().orElse(Math.min(mesh.sizeXMetre(), mesh.sizeYMetre()) * DEFAULT_RADIUS_FRACTION);
		boolean bloch = s.chirality().map(c -> c == WallChirality.BLOCH).orElse(material.dmiClass() == DmiKind.BULK);
		double sign = material.dmiJPerM2() * s.corePolarity() < 0 ? 1 : -1;
		double helicity = bloch ? sign * Math.PI / 2 : (sign > 0 ? 0 : Math.PI);
		double[] c = centre(s.centre().orElse(null), mesh);
		return new SkyrmionTexture(c[0], c[1], radius, Math.max(radius / 4, mesh.cellXMetre()), s.vorticity(), helicity,
				s.corePolarity());
	}

	/** The vortex at its centre (the film's by default), with a 10 nm core unless the file says otherwise. */
	public static VortexTexture vortex(InitialStateInput.Vortex v, Mesh mesh) {
		double[] c = centre(v.centre().orElse(null), mesh);
		return new VortexTexture(c[0], c[1], v.coreRadiusMetre().orElse(DEFAULT_VORTEX_CORE_METRE), v.circulation(), v.polarity());
	}

	/**
	 * The wall at its centre (the film's middle by default) with the Bloch width Δ = √(A/|K|) of the material's first
	 * anisotropy by default (10 nm without one).
	 */
	public static DomainWallTexture wall(InitialStateInput.DomainWall w, Mesh mesh, MagnetMaterialInput material) {
		double width = w.widthMetre().orElseGet(() -> material.anisotropies().stream().findFirst()
				.map((AnisotropyInput k) -> Math.sqrt(material.exchangeJPerM() / Math.abs(k.kJPerM3())))
				.orElse(DEFAULT_WALL_WIDTH_METRE));
		return new DomainWallTexture(w.centreXMetre().orElse(mesh.sizeXMetre() / 2), width, w.arrangement(), w.chirality());
	}

	/** The spiral with its period, or n windings over the film's extent along its axis (seed 001 eq. (7): λ = L/n). */
	public static SpiralTexture spiral(InitialStateInput.Spiral s, Mesh mesh) {
		double extent = switch (s.axis()) {
		case X -> mesh.sizeXMetre();
		case Y -> mesh.sizeYMetre();
		case Z -> mesh.nz() * mesh.cellZMetre();
		};
		return new SpiralTexture(s.periodMetre().orElseGet(() -> extent / s.windings().orElseThrow()), s.axis(), s.chirality());
	}

	/** x and y of a texture's centre: given, or the film's. */
	private static double[] centre(Vector3 given, Mesh mesh) {
		return given == null ? new double[] { mesh.sizeXMetre() / 2, mesh.sizeYMetre() / 2 } : new double[] { given.x(), given.y() };
	}
}
