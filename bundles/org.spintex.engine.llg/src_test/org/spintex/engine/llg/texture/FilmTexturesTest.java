package org.spintex.engine.llg.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.Axis;
import org.spintex.input.DmiKind;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.SpiralChirality;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;

/**
 * What a texture leaves open, decided on the engine's side from the film and the material: the defaults the language
 * reference documents, and the helicity that the DMI energy favours.
 */
class FilmTexturesTest {

	private static final double NM = 1e-9;
	private static final Mesh FILM = new Mesh(96, 64, 1, NM, NM, NM);

	private static MagnetMaterialInput material(DmiKind dmi, double d, List<AnisotropyInput> anisotropies) {
		return new MagnetMaterialInput(580e3, 15e-12, 0.3, 1.7595e11, anisotropies, dmi, d);
	}

	private static InitialStateInput.Skyrmion skyrmion(int core) {
		return new InitialStateInput.Skyrmion(Optional.empty(), OptionalDouble.empty(), core, core, Optional.empty());
	}

	@Test
	void aSkyrmionWithoutSizeOrCentreSitsInTheMiddleWithAnEighthOfTheSmallerSide() {
		SkyrmionTexture t = FilmTextures.skyrmion(skyrmion(-1), FILM, material(DmiKind.INTERFACIAL, 3e-3, List.of()));
		assertEquals(48 * NM, t.centreXMetre(), 1e-21);
		assertEquals(32 * NM, t.centreYMetre(), 1e-21);
		assertEquals(8 * NM, t.radiusMetre(), 1e-21);
		assertEquals(2 * NM, t.wallWidthMetre(), 1e-21);
		assertEquals(1, t.vorticity());
	}

	/**
	 * MuMax3's interfacial DMI energy E = D ∫ [m_z ∇·m − (m·∇)m_z] dV, by central differences on the sampled texture: the
	 * default helicity lowers it, the opposite one raises it, for either sign of D and either core.
	 */
	@Test
	void theDefaultHelicityIsTheOneTheDmiFavours() {
		for (double d : new double[] { 3e-3, -3e-3 }) {
			for (int core : new int[] { -1, 1 }) {
				SkyrmionTexture chosen = FilmTextures.skyrmion(skyrmion(core), FILM, material(DmiKind.INTERFACIAL, d, List.of()));
				SkyrmionTexture opposite = new SkyrmionTexture(chosen.centreXMetre(), chosen.centreYMetre(), chosen.radiusMetre(),
						chosen.wallWidthMetre(), chosen.vorticity(), chosen.helicityRadian() + Math.PI, core);
				double favoured = interfacialDmiEnergy(chosen, d), other = interfacialDmiEnergy(opposite, d);
				assertTrue(favoured < 0 && other > 0, "D = " + d + ", core " + core + ": " + favoured + " vs " + other);
			}
		}
		SkyrmionTexture bulk = FilmTextures.skyrmion(skyrmion(-1), FILM, material(DmiKind.BULK, 3e-3, List.of()));
		assertEquals(Math.PI / 2, Math.abs(bulk.helicityRadian()), 1e-15, "a bulk-DMI skyrmion is a Bloch one");
	}

	private static double interfacialDmiEnergy(SkyrmionTexture t, double d) {
		double h = NM, energy = 0;
		for (int j = 1; j < FILM.ny() - 1; j++) {
			for (int i = 1; i < FILM.nx() - 1; i++) {
				double x = FILM.centreX(i), y = FILM.centreY(j);
				Vector3 m = t.direction(x, y);
				Vector3 dx = t.direction(x + h, y).minus(t.direction(x - h, y)).times(1 / (2 * h));
				Vector3 dy = t.direction(x, y + h).minus(t.direction(x, y - h)).times(1 / (2 * h));
				double divergence = dx.x() + dy.y();
				double alongM = m.x() * dx.z() + m.y() * dy.z();
				energy += d * (m.z() * divergence - alongM) * h * h * h;
			}
		}
		return energy;
	}

	@Test
	void aWallIsAsWideAsTheExchangeAllowsTheAnisotropy() {
		InitialStateInput.DomainWall wall = new InitialStateInput.DomainWall(OptionalDouble.empty(), OptionalDouble.empty(),
				WallArrangement.HEAD_TO_HEAD, WallChirality.BLOCH);
		MagnetMaterialInput uniaxial = material(DmiKind.NONE, 0,
				List.of(new AnisotropyInput(AnisotropyKind.UNIAXIAL, 0.4e6, Vector3.UNIT_Z)));
		DomainWallTexture t = FilmTextures.wall(wall, FILM, uniaxial);
		assertEquals(Math.sqrt(15e-12 / 0.4e6), t.widthMetre(), 1e-21, "the Bloch width √(A/K)");
		assertEquals(48 * NM, t.centreXMetre(), 1e-21);
		assertEquals(10 * NM, FilmTextures.wall(wall, FILM, material(DmiKind.NONE, 0, List.of())).widthMetre(), 1e-21);
	}

	@Test
	void spiralWindingsSpanTheFilmAlongTheSpiralsAxis() {
		for (Axis axis : Axis.values()) {
			InitialStateInput.Spiral spiral = new InitialStateInput.Spiral(OptionalDouble.empty(), OptionalDouble.of(2), axis,
					SpiralChirality.CYCLOIDAL);
			double extent = switch (axis) {
			case X -> 96 * NM;
			case Y -> 64 * NM;
			case Z -> NM;
			};
			assertEquals(extent / 2, FilmTextures.spiral(spiral, FILM).periodMetre(), 1e-21, axis.word());
		}
	}
}
