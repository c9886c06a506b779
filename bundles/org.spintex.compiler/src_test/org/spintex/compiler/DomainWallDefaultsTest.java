package org.spintex.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spintex.input.GeometricTorqueInput;
import org.spintex.input.InitialStateInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;
import org.spintex.input.WallProfile;
import org.spintex.input.WireTextureInput;

/**
 * A {@code domain-wall} that says nothing about its arrangement and chirality means the same on a film
 * as on a wire: the catalog's head-to-head Bloch wall. A file of language 2, whose film walls defaulted
 * to up-down Néel, keeps that meaning when read or migrated.
 */
class DomainWallDefaultsTest {

	private static final String FILM = """
			material Chiral {
				exchange A = 13 pJ/m
				anisotropy uniaxial K = 0.4 MJ/m^3 along z
				saturation Ms = 0.86 MA/m
				damping alpha = 0.5
			}

			device Strip {
				film strip { material Chiral  shape wire  length 100 nm  width 1 nm  thickness 1 nm  cell 1 nm }
				texture flip : domain-wall { center 50 nm }
				study settle : micromagnetic { film strip  initial-state flip  demag off }
			}
			""";

	@TempDir
	Path dir;

	private InitialStateInput.DomainWall filmWall(String text) throws IOException {
		Path file = Files.writeString(dir.resolve("strip.spintex"), text);
		MicromagneticInput input = (MicromagneticInput) ExampleFiles.compile(file).get(0).input();
		return (InitialStateInput.DomainWall) input.initialState();
	}

	@Test
	void aFilmWallHasTheCatalogsDefaults() throws IOException {
		InitialStateInput.DomainWall wall = filmWall("spintex 3\n\n" + FILM);
		assertEquals(WallArrangement.HEAD_TO_HEAD, wall.arrangement());
		assertEquals(WallChirality.BLOCH, wall.chirality());
		// the width is the engine's when the file gives none: Δ = √(A/K) (FilmTexturesTest)
		assertTrue(wall.widthMetre().isEmpty());
	}

	@Test
	void aWireWallHasTheSameDefaults() throws IOException {
		String example = Files.readString(ExampleFiles.example("geometric-torque/fig3-wall-profiles.spintex"))
				.replace("\t\tprofile noncoplanar\n", "").replace("\t\tarrangement head-to-head\n", "");
		Path file = Files.writeString(dir.resolve("wall.spintex"), example);
		GeometricTorqueInput in = (GeometricTorqueInput) ExampleFiles.compile(file).get(0).input();
		// the same words as a film's wall; the engine samples it on the sites (WireMomentsTest)
		WireTextureInput.DomainWall wall = (WireTextureInput.DomainWall) in.moments();
		assertEquals(WallArrangement.HEAD_TO_HEAD, wall.arrangement());
		assertEquals(WallChirality.BLOCH, wall.chirality());
		assertEquals(WallProfile.TANH, wall.profile());
	}

	@Test
	void aLanguageTwoFilmWallKeepsItsUpDownNeelDefaults() throws IOException {
		InitialStateInput.DomainWall wall = filmWall(FILM);
		assertEquals(WallArrangement.UP_DOWN, wall.arrangement());
		assertEquals(WallChirality.NEEL, wall.chirality());
	}
}
