package org.spintex.runner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.engine.llg.texture.FilmTextures;

/**
 * The defaults a texture's catalog entry documents (content assist, hovers, the language reference) are the ones the
 * engine decides (FilmTextures): one definition, stated twice and proven equal here.
 */
class TextureDefaultsContractTest {

	private static String meaning(String texture, String property) {
		return PropertyCatalog.texture(texture).orElseThrow().property(property).orElseThrow().meaning();
	}

	@Test
	void theDocumentedTextureDefaultsAreTheEngines() {
		assertEquals(1.0 / 8, FilmTextures.DEFAULT_RADIUS_FRACTION);
		assertTrue(meaning("skyrmion", "radius").contains("an eighth of the film's shorter side"), meaning("skyrmion", "radius"));
		assertEquals(10e-9, FilmTextures.DEFAULT_VORTEX_CORE_METRE);
		assertTrue(meaning("vortex", "radius").contains("(default 10 nm)"), meaning("vortex", "radius"));
		assertEquals(10e-9, FilmTextures.DEFAULT_WALL_WIDTH_METRE);
		assertTrue(meaning("domain-wall", "width").contains("default √(A/K) with the material's first anisotropy, 10 nm without one"),
				meaning("domain-wall", "width"));
	}
}
